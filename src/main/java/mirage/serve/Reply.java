package mirage.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mirage.input.Problem;

/** The workbench's side of an exchange: bounded request bodies, and replies that carry the page's safety headers. */
final class Reply {

    /** A request body past the input size limit (HTTP 413). */
    static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private Reply() {}

    /** The request's body, refused past {@code limit} bytes before more than that is read. */
    static byte[] body(HttpExchange exchange, long limit) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                throw new BadRequest("a Content-Length that is not a number");
            }
            if (declared > limit) {
                throw tooLarge(declared, limit);
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw tooLarge(bytes.length, limit);
            }
            return bytes;
        }
    }

    private static TooLarge tooLarge(long size, long limit) {
        return new TooLarge("the upload is %d bytes, more than the limit of %d bytes (raise it with --max-input-size)".formatted(size, limit));
    }

    static void json(HttpExchange exchange, int status, JsonNode body) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
    }

    static void error(HttpExchange exchange, int status, String message) throws IOException {
        json(exchange, status, JsonNodeFactory.instance.objectNode().put("error", message));
    }

    /** An input the readers refused, with each problem's file, line and column. */
    static void problems(HttpExchange exchange, List<Problem> problems) throws IOException {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("error", problems.isEmpty() ? "invalid input" : problems.get(0).toString());
        ArrayNode list = body.putArray("problems");
        for (Problem p : problems) {
            list.addObject().put("file", p.file()).put("line", p.line()).put("column", p.column()).put("message", p.message());
        }
        json(exchange, 422, body);
    }

    /** A file the browser saves: the user's export. */
    static void download(HttpExchange exchange, String fileName, String mediaType, String text) throws IOException {
        exchange.getResponseHeaders().add("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        send(exchange, 200, mediaType + "; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange exchange, int status, String mediaType, byte[] bytes) throws IOException {
        if (exchange.getResponseCode() != -1) {
            return; // already answered: a failure while writing cannot be reported any more
        }
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", mediaType);
        // Scripts and styles from this server only, no frames, no referrer, nothing cached.
        headers.set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Cache-Control", "no-store");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        headers.set("Cross-Origin-Resource-Policy", "same-origin");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, bytes.length == 0 || head ? -1 : bytes.length);
        if (bytes.length > 0 && !head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
