package mirage.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Determinism and isolation of the built jar: the same bytes whatever the number of
 * processors the JVM sees, and, under a watching security manager, no network, no process
 * and no file written outside the requested outputs and the cache folder.
 */
class IsolationIT {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {}

    Result java(List<String> jvm, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(args);
        Path out = dir.resolve("out-" + System.nanoTime());
        Path err = dir.resolve("err-" + System.nanoTime());
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Process process = builder.start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theSameBytesWhateverTheNumberOfProcessors() throws Exception {
        List<String> audit = List.of("-jar", Jar.JAR.toString(), "audit", "-f", "json", "--as-of", "2026-06-01", "sample-facts");
        Result one = java(List.of("-XX:ActiveProcessorCount=1"), audit);
        Result many = java(List.of("-XX:ActiveProcessorCount=8"), audit);
        assertEquals(1, one.code(), one::toString);
        assertEquals(one.out(), many.out());
    }

    @Test
    void noNetworkNoProcessNoWriteOutsideTheOutputsAndTheCache() throws Exception {
        assumeTrue(Runtime.version().feature() < 24, "a security manager can no longer be installed");
        Path reports = dir.resolve("reports");
        Path cache = dir.resolve("cache");
        Path classes = Path.of("target", "test-classes");
        Result run = java(List.of("-Djava.security.manager=allow", "-Dmirage.isolation.writable=" + reports + java.io.File.pathSeparator + cache,
                        "-cp", Jar.JAR + java.io.File.pathSeparator + classes),
                List.of(Isolated.class.getName(), "audit", "-f", "json=" + reports.resolve("report.json"),
                        "-f", "text=" + reports.resolve("report.txt"), "--as-of", "2026-06-01", "sample-facts"));
        assertFalse(run.err().contains("ISOLATION:"), run::toString);
        assertEquals(1, run.code(), run::toString);
        assertTrue(Files.readString(reports.resolve("report.json")).contains("\"format\": \"mirage-report/v1\""));
        assertTrue(Files.exists(reports.resolve("report.txt")));
    }

    @Test
    void aFolderPastTheThresholdWritesOnlyItsTemporaryResultsAndLeavesNothingBehind() throws Exception {
        assumeTrue(Runtime.version().feature() < 24, "a security manager can no longer be installed");
        Path folder = dir.resolve("folder");
        Files.createDirectories(folder);
        String profile = Files.readString(Path.of("sample-facts", "hockey-mineur.yaml"));
        int inputs = 210; // past InputResults.SPILL_AFTER
        for (int i = 0; i < inputs; i++) {
            Files.writeString(folder.resolve(String.format("p%03d.yaml", i)), profile);
        }
        Path reports = dir.resolve("reports");
        Path cache = dir.resolve("cache");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path classes = Path.of("target", "test-classes");
        Result run = java(List.of("-Djava.security.manager=allow", "-Djava.io.tmpdir=" + tmp,
                        "-Dmirage.isolation.writable=" + reports + java.io.File.pathSeparator + cache + java.io.File.pathSeparator + tmp,
                        "-cp", Jar.JAR + java.io.File.pathSeparator + classes),
                List.of(Isolated.class.getName(), "audit", "-f", "json=" + reports.resolve("report.json"), "--as-of", "2026-06-01",
                        folder.toString()));
        assertFalse(run.err().contains("ISOLATION:"), run::toString);
        assertEquals(1, run.code(), run::toString);
        String json = Files.readString(reports.resolve("report.json"));
        assertEquals(inputs, json.split("\"status\": \"audited\"", -1).length - 1, "every input reported");
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList(), "the temporary results are gone");
        }
    }
}
