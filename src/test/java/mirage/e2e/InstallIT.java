package mirage.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ways Mirage is installed: the launcher through links from another folder, the install script into a prefix. */
class InstallIT {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final String SAMPLE = PROJECT.resolve("sample-facts/hockey-mineur.yaml").toString();

    @TempDir
    Path dir;

    record Ran(int code, String out) {}

    static Ran run(Path folder, Map<String, String> env, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("mirage-install", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(600, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + List.of(command));
            }
            return new Ran(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    @Test
    void theLauncherRunsThroughSymbolicLinksFromAnotherFolder() throws Exception {
        Path links = Files.createDirectories(dir.resolve("links/nested"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(dir.resolve("links/mirage"), PROJECT.resolve("target/mirage"));
        Files.createSymbolicLink(links.resolve("m"), Path.of("../mirage"));
        for (Path link : List.of(dir.resolve("links/mirage"), links.resolve("m"))) {
            Ran ran = run(elsewhere, Map.of(), link.toString(), "audit", "--fail-on", "never", SAMPLE);
            assertEquals(0, ran.code(), ran::out);
            assertTrue(ran.out().contains("representation-trap"), ran::out);
        }
    }

    @Test
    void theInstallScriptPutsMirageOnThePathOfATemporaryPrefix() throws Exception {
        Path prefix = dir.resolve("prefix");
        Ran install = run(PROJECT, Map.of(), "sh", "scripts/install.sh", prefix.toString());
        assertEquals(0, install.code(), install::out);
        assertTrue(Files.isSymbolicLink(prefix.resolve("bin/mirage")), install::out);
        for (String file : List.of("mirage", "mirage.jar", "mirage.jsa", "mirage-cache")) {
            assertTrue(Files.exists(prefix.resolve("lib/mirage").resolve(file)), file + ": " + install.out());
        }
        Path completion = prefix.resolve("share/bash-completion/completions/mirage");
        assertTrue(Files.readString(completion).contains("complete -F"), "a bash completion script");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Map<String, String> path = Map.of("PATH", prefix.resolve("bin") + ":" + System.getenv("PATH"));
        Ran ran = run(elsewhere, path, "sh", "-c", "mirage audit --fail-on never " + SAMPLE);
        assertEquals(0, ran.code(), ran::out);
        assertTrue(ran.out().contains("representation-trap"), ran::out);
        Ran completes = run(elsewhere, path, "bash", "-c", "source " + completion + " && COMP_WORDS=(mirage au) COMP_CWORD=1 && "
                + "_complete_mirage && echo \"${COMPREPLY[@]}\"");
        assertTrue(completes.out().contains("audit"), completes::out);
    }
}
