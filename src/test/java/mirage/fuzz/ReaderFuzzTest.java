package mirage.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import mirage.audit.InputReader;
import mirage.engine.Auditor;
import mirage.engine.RuleBase;
import mirage.engine.RuleFolder;
import mirage.facts.Dossier;
import mirage.input.InputError;
import mirage.input.Problem;
import mirage.input.SourceText;

/**
 * Fuzzes the profile reader (YAML and JSON) and the charter reader (Markdown and text), each
 * followed by an audit with the built-in catalogue: whatever the bytes, the only thing that
 * may come out is an {@link InputError} whose problems name the file. Any other exception,
 * and any input that takes over 30 seconds, is a finding (libFuzzer's own timeout catches
 * one that never ends).
 *
 * <p>In the normal test run this replays the corpus kept in {@code
 * src/test/resources/mirage/fuzz/ReaderFuzzTestInputs/}; {@code .ci/fuzz} fuzzes each target
 * for ten minutes (see docs/security.md).
 */
class ReaderFuzzTest {

    private static final RuleBase RULES = RuleBase.load(List.of(RuleFolder.builtIn()));
    private static final InputReader READER = InputReader.of(RULES);
    private static final Auditor AUDITOR = new Auditor(RULES, true, LocalDate.of(2026, 1, 1));
    private static final Path FOLDER = emptyFolder();

    /** Far more than any input takes (a millisecond or two); an input slower than this is a finding. */
    private static final long SLOW_NANOS = 30_000_000_000L;

    @FuzzTest(maxDuration = "10m")
    void profile(byte[] data) {
        boolean json = startsLikeJson(data);
        read(data, json ? "fuzz.json" : "fuzz.yaml");
    }

    @FuzzTest(maxDuration = "10m")
    void charter(byte[] data) {
        read(data, "fuzz.md");
        read(data, "fuzz.txt");
    }

    private static void read(byte[] data, String name) {
        long start = System.nanoTime();
        try {
            SourceText source = SourceText.read(new ByteArrayInputStream(data), name, SourceText.DEFAULT_LIMIT);
            Dossier dossier = READER.read(source, FOLDER);
            AUDITOR.audit(dossier);
        } catch (InputError e) {
            for (Problem p : e.problems()) {
                if (!name.equals(p.file()) || p.message() == null || p.message().isBlank() || p.line() < 0 || p.column() < 0) {
                    throw new IllegalStateException("a problem that does not say where or what: " + p);
                }
            }
        }
        if (System.nanoTime() - start > SLOW_NANOS) {
            throw new IllegalStateException("an input of " + data.length + " bytes took over 30 s");
        }
    }

    private static boolean startsLikeJson(byte[] data) {
        for (byte b : data) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b == '{' || b == '[';
            }
        }
        return false;
    }

    private static Path emptyFolder() {
        try {
            Path dir = Files.createTempDirectory("mirage-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
