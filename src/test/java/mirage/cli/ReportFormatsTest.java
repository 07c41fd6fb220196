package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every report format from the command line, several in one run, each to its file. */
class ReportFormatsTest {

    @TempDir
    Path dir;

    @Test
    void oneRunWritesEveryFormatToItsFileAndTextToStandardOutput() throws IOException {
        Path profile = dir.resolve("p.yaml");
        Files.writeString(profile, MainTest.ADVISORY + "waivers:\n  - {trap: advisory-only, reason: accepted, expires: 2099-01-01}\n");
        Path out = dir.resolve("out");
        Run run = Run.of("audit", "--fail-on", "low", "-f", "json=" + out.resolve("r.json"), "-f", "sarif=" + out.resolve("r.sarif"),
                "-f", "junit=" + out.resolve("r.xml"), "-f", "markdown=" + out.resolve("r.md"), "-f", "html=" + out.resolve("r.html"),
                "-f", "text", profile.toString());
        assertEquals(0, run.code(), "the only finding is waived: " + run);
        assertTrue(run.out().contains("advisory-only ·"), run::toString);
        assertTrue(Files.readString(out.resolve("r.json")).contains("\"status\": \"active\""));
        assertTrue(Files.readString(out.resolve("r.sarif")).contains("\"version\": \"2.1.0\""));
        assertTrue(Files.readString(out.resolve("r.sarif")).contains("\"suppressions\""));
        assertTrue(Files.readString(out.resolve("r.xml")).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites"));
        assertTrue(Files.readString(out.resolve("r.md")).startsWith("### Mirage · 1 file(s)"));
        assertTrue(Files.readString(out.resolve("r.html")).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void sarifToStandardOutput() throws IOException {
        Path profile = dir.resolve("p.yaml");
        Files.writeString(profile, MainTest.ADVISORY);
        Run run = Run.of("audit", "-f", "sarif", profile.toString());
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().contains("\"ruleId\": \"advisory-only\""), run::toString);
    }
}
