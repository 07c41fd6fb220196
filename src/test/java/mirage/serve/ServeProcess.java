package mirage.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code mirage serve} run from the built jar as a user runs it, and {@code mirage audit} run beside it. */
final class ServeProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "mirage.jar").toAbsolutePath();
    static final Path CACHE = Path.of("target", "mirage-cache").toAbsolutePath();

    private final Process process;
    final URI url;

    private ServeProcess(Process process, URI url) {
        this.process = process;
        this.url = url;
    }

    static ServeProcess start(String... args) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the browser tests after 'package' (mvn verify)");
        }
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString(), "serve"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("MIRAGE_CACHE_DIR", CACHE.toString());
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            seen.append(line).append('\n');
            String trimmed = line.strip();
            if (trimmed.startsWith("http://127.0.0.1:")) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "serve-output");
                drain.setDaemon(true);
                drain.start();
                return new ServeProcess(process, URI.create(trimmed));
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("mirage serve printed no link:\n" + seen);
    }

    int port() {
        return url.getPort();
    }

    String token() {
        return url.getQuery().substring("token=".length());
    }

    boolean alive() {
        return process.isAlive();
    }

    /** {@code mirage audit ARGS} run in {@code folder}; its standard output. */
    static String audit(Path folder, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString(), "audit"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("mirage-audit", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("MIRAGE_CACHE_DIR", CACHE.toString());
            Process p = builder.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
