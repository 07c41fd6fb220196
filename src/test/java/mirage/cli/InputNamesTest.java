package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Inputs are named, and fingerprinted, from one folder (the config's, else the current one),
 * with '/': the same folder named three ways gives the same report and a clean baseline.
 */
class InputNamesTest {

    /** Under the current folder (the tests run in the project's), so that relative names reach it. */
    private Path dir;
    private String relative;

    @BeforeEach
    void scratch() throws IOException {
        Path target = Path.of("target").toAbsolutePath();
        Files.createDirectories(target);
        dir = Files.createTempDirectory(target, "names-");
        relative = Path.of("").toAbsolutePath().relativize(dir).toString();
        Scratch.write(dir, "charters/comite.md", ConfigTest.CHARTER);
        Scratch.write(dir, "charters/sub/p.yaml", Scratch.ADVISORY);
    }

    @AfterEach
    void clean() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void theSameFolderNamedThreeWaysGivesTheSameBytesAndACleanBaseline() throws IOException {
        String plain = relative + "/charters/";
        String dotted = "./" + relative + "/./charters";
        String absolute = dir.resolve("charters").toString();
        Run a = Run.of("audit", "--no-config", "-f", "json", "--fail-on", "never", plain);
        Run b = Run.of("audit", "--no-config", "-f", "json", "--fail-on", "never", dotted);
        Run c = Run.of("audit", "--no-config", "-f", "json", "--fail-on", "never", absolute);
        assertEquals(0, a.code(), a::toString);
        assertTrue(a.out().contains("\"file\": \"" + relative + "/charters/comite.md\""), a::toString);
        assertEquals(a.out(), b.out());
        assertEquals(a.out(), c.out());
        Path baseline = dir.resolve("baseline.json");
        Files.writeString(baseline, a.out());
        for (String named : new String[] {plain, dotted, absolute}) {
            Run run = Run.of("audit", "--no-config", "-f", "json", "--fail-on", "info", "--baseline", baseline.toString(), named);
            assertEquals(0, run.code(), run::toString);
            assertTrue(run.out().contains("\"findings\": []"), run::toString);
            assertFalse(run.err().contains("baseline"), "no warning: the baseline matches: " + run);
        }
    }

    @Test
    void withAConfigNamesAreFromItsFolderWhereverTheRunStarts() throws IOException {
        Path config = Scratch.write(dir, ".mirage.yaml", "fail-on: never\n");
        Run a = Run.of("audit", "--config", config.toString(), "-f", "json", relative + "/charters");
        Run b = Run.of("audit", "--config", config.toString(), "-f", "json", dir.resolve("charters/../charters").toString());
        assertTrue(a.out().contains("\"file\": \"charters/comite.md\""), a::toString);
        assertTrue(a.out().contains("\"file\": \"charters/sub/p.yaml\""), a::toString);
        assertEquals(a.out(), b.out());
    }

    @Test
    void aBaselineThatMatchesNoneOfTheInputsWarns() throws IOException {
        Path other = Scratch.write(dir, "elsewhere/q.yaml", Scratch.ADVISORY);
        Path baseline = dir.resolve("baseline.json");
        Run.of("audit", "--no-config", "-f", "json=" + baseline, other.toString());
        Run run = Run.of("audit", "--no-config", "--baseline", baseline.toString(), relative + "/charters");
        assertTrue(run.err().contains("baseline") && run.err().contains("q.yaml"), run::toString);
        assertFalse(run.err().contains("internal error"), run::toString);
    }
}
