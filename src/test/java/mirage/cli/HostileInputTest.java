package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The corpus of hostile inputs ({@code src/test/resources/hostile/inputs}, and the huge or
 * deep ones made here at run time): each gives exit 2, one message with the file, line and
 * column where there is one, no stack trace, within a generous watchdog; a good input given
 * with it is still audited.
 */
class HostileInputTest {

    static final Path CORPUS = Path.of("src/test/resources/hostile/inputs");

    /** Far above what any of these takes; only a hang or a blow-up in time trips it. */
    static final Duration WATCHDOG = Duration.ofSeconds(180);

    @TempDir
    Path dir;

    Path good() throws IOException {
        Path good = dir.resolve("good.yaml");
        Files.writeString(good, "organisation: {name: Ville}\nbodies:\n  - id: comite\n    power: advisory\n");
        return good;
    }

    /** Audits hostile inputs with a good one, in one run: exit 2, the good one audited, no stack trace. */
    static Run audit(Path good, Path... hostile) {
        String[] args = new String[hostile.length + 4];
        args[0] = "audit";
        args[1] = "--fail-on";
        args[2] = "never";
        for (int i = 0; i < hostile.length; i++) {
            args[3 + i] = hostile[i].toString();
        }
        args[args.length - 1] = good.toString();
        Run run = assertTimeoutPreemptively(WATCHDOG, () -> Run.of(args));
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.out().contains("advisory-only ·"), () -> "the good input is still audited:\n" + run);
        assertFalse(run.out().contains("\tat ") || run.err().contains("\tat ") || run.err().contains("Exception"),
                () -> "no stack trace:\n" + run);
        return run;
    }

    Run refused(Path hostile, String position) throws IOException {
        Run run = audit(good(), hostile);
        assertTrue(run.out().contains(hostile + position), () -> "expected " + hostile + position + " in\n" + run);
        return run;
    }

    /** The whole corpus in one run, as a CI job would meet it: the catalogue is compiled once. */
    private static Run corpusRun;

    static synchronized Run corpus() throws IOException {
        if (corpusRun == null) {
            Path copy = Files.createTempDirectory("mirage-hostile");
            try (var files = Files.list(CORPUS)) {
                for (Path f : files.sorted().toList()) {
                    Files.copy(f, copy.resolve(f.getFileName()));
                }
            }
            Path good = copy.resolve("good.yaml");
            Files.writeString(good, "organisation: {name: Ville}\nbodies:\n  - id: comite\n    power: advisory\n");
            corpusRun = audit(good, copy);
            corpusRun = new Run(corpusRun.code(), corpusRun.out().replace(copy + "/", ""), corpusRun.err());
        }
        return corpusRun;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            yaml-syntax.yaml                    | 2 | 7  | not valid YAML
            json-syntax.json                    | 2 | 24 | not valid JSON
            markdown-unclosed-front-matter.md   | 1 | 1  | never closed
            wrong-type.yaml                     | 4 | 22 | expected true or false
            unknown-key.yaml                    | 4 | 5  | unknown field 'pwoer'
            outside-enumeration.yaml            | 4 | 12 | expected one of
            front-matter-outside-enumeration.md | 5 | 12 | expected one of
            dangling-reference.yaml             | 5 | 19 | names no body
            duplicate-id.yaml                   | 4 | 9  | duplicate body id
            duplicate-key.yaml                  | 2 | 1  | duplicate key
            duplicate-key.json                  | 2 | 2  | duplicate key
            empty.yaml                          | 1 | 1  | empty
            empty.md                            | 1 | 1  | no sentence
            headings-only.md                    | 1 | 3  | no sentence
            binary.yaml                         | 2 | 13 | not valid UTF-8
            binary.md                           | 1 | 1  | not valid UTF-8
            control-character.md                | 3 | 11 | control character
            latin1.yaml                         | 2 | 14 | not valid UTF-8
            bom.yaml                            | 4 | 12 | expected one of
            crlf.yaml                           | 4 | 12 | expected one of
            crlf.md                             | 5 | 5  | unknown field 'pwoer'
            lone-cr.yaml                        | 2 | 3  | not valid YAML
            alias-bomb.yaml                     | 2 | 8  | alias
            alias-front-matter.md               | 3 | 24 | alias
            document-outside-folder.yaml        | 5 | 15 | not inside the profile's folder
            binary-tag.yaml                     | 1 | 22 | !!binary
            truncated.json                      | 1 | 76 | end-of-input
            unknown-framework.yaml              | 4 | 16 | did you mean 'fr-cvs'
            front-matter-unknown-framework.md   | 2 | 12 | is not a framework
            """)
    void eachHostileInputOfTheCorpus(String file, int line, int column, String message) throws IOException {
        Run run = corpus();
        String position = file + ":" + line + ":" + column + ": ";
        int at = run.out().indexOf(position);
        assertTrue(at >= 0, () -> "expected " + position + " in\n" + run);
        String said = run.out().substring(at, run.out().indexOf('\n', at));
        assertTrue(said.contains(message), said);
        assertTrue(run.out().contains(file + ": invalid input, not audited"), run::toString);
    }

    @Test
    void everyCorpusFileIsInTheTable() throws IOException {
        try (var files = Files.list(CORPUS)) {
            assertEquals(29, files.count(), "a corpus file without its row in the table above");
        }
    }

    @Test
    void nestingThousandsDeep() throws IOException {
        Path json = dir.resolve("deep.json");
        Files.writeString(json, "[".repeat(5000) + "]".repeat(5000));
        Path yaml = dir.resolve("deep.yaml");
        Files.writeString(yaml, "a: " + "{b: ".repeat(5000) + "}".repeat(5000) + "\n");
        Path block = dir.resolve("deep-block.yaml");
        StringBuilder text = new StringBuilder("a:\n");
        for (int i = 1; i <= 3000; i++) {
            text.append(" ".repeat(i)).append("b:\n");
        }
        Files.writeString(block, text);
        Path charter = dir.resolve("deep.md");
        Files.writeString(charter, "---\nx: " + "[".repeat(5000) + "]".repeat(5000) + "\n---\n# T\n\nLe comité donne des avis.\n");
        Run run = audit(good(), json, yaml, block, charter);
        for (String position : new String[] {json + ":1:66:", yaml + ":1:", block + ":65:", charter + ":2:"}) {
            assertTrue(run.out().contains(position), () -> "expected " + position + " in\n" + run);
        }
        assertTrue(run.out().contains("--max-depth"), run::toString);
    }

    @Test
    void aFileOfHundredsOfMegabytesIsRefusedBeforeItIsRead() throws IOException {
        Path yaml = dir.resolve("huge.yaml");
        Path charter = dir.resolve("huge.md");
        for (Path huge : new Path[] {yaml, charter}) {
            try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
                file.setLength(300L * 1024 * 1024); // sparse: nothing is written
            }
        }
        Run run = audit(good(), yaml, charter);
        assertTrue(run.out().contains(yaml + ": file of 314,572,800 bytes"), run::toString);
        assertTrue(run.out().contains(charter + ": file of 314,572,800 bytes"), run::toString);
        assertTrue(run.out().contains("--max-input-size"), run::toString);
    }

    @Test
    void aDeviceOrAPipeIsNotRead() throws IOException {
        Path zero = dir.resolve("zero.yaml");
        Files.createSymbolicLink(zero, Path.of("/dev/zero"));
        refused(zero, ": not a regular file");
    }

    @Test
    void aLinkOutOfAnAuditedFolderIsNotRead() throws IOException {
        Path folder = dir.resolve("charters");
        Files.createDirectories(folder);
        Path secret = dir.resolve("secret.md");
        Files.writeString(secret, "# Secret\n\nThe password is swordfish.\n");
        Files.createSymbolicLink(folder.resolve("leak.md"), secret);
        Run run = audit(good(), folder);
        assertTrue(run.out().contains("leak.md: a symbolic link out of the folder"), run::toString);
        assertFalse(run.out().contains("swordfish"), run::toString);
    }

    @Test
    void markdownThatOnceTookQuadraticTime() throws IOException {
        Path brackets = dir.resolve("brackets.md");
        Files.writeString(brackets, "# T\n\n" + "[".repeat(1_000_000) + "\n");
        refused(brackets, ":1:3:");
        Path negations = dir.resolve("negations.md");
        Files.writeString(negations, "# T\n\n" + "Le comité ne donne pas des avis et ".repeat(100_000) + ".\n\nLe comité donne des avis.\n");
        Run run = assertTimeoutPreemptively(WATCHDOG, () -> Run.of("audit", "--fail-on", "never", negations.toString()));
        assertEquals(0, run.code(), run::toString);
    }
}
