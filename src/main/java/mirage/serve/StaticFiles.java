package mirage.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The page's own files, hand-written HTML, CSS and JavaScript kept in the jar ({@code mirage/serve/page/}). */
final class StaticFiles {

    private static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "app.css", "text/css; charset=utf-8");

    private final Map<String, byte[]> files;

    StaticFiles() {
        this.files = Map.of("index.html", load("index.html"), "app.js", load("app.js"), "app.css", load("app.css"));
    }

    void send(HttpExchange exchange, String name) throws IOException {
        Reply.send(exchange, 200, TYPES.get(name), files.get(name));
    }

    private static byte[] load(String name) {
        String resource = "/mirage/serve/page/" + name;
        try (InputStream in = StaticFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
