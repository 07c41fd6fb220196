package mirage.serve;

import com.sun.net.httpserver.HttpExchange;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * What every request to the workbench must show before it is served: a Host that names
 * this server on the loopback address (a page on another site, its name rebound to
 * 127.0.0.1, sends its own Host: DNS rebinding), no foreign Origin (and on a POST, an Origin
 * of this server: no cross-site form), and the token printed with the URL, by cookie, query
 * or Authorization header, as Jupyter takes it.
 */
final class Guard {

    /** Why a request is refused; {@code status} is its HTTP status. */
    record Refusal(int status, String reason) {}

    private final String token;
    private final byte[] tokenBytes;
    private final List<String> hosts;
    private final List<String> origins;
    private final String cookie;

    Guard(String token, int port) {
        this.token = token;
        this.tokenBytes = token.getBytes(StandardCharsets.US_ASCII);
        this.hosts = List.of("127.0.0.1:" + port, "localhost:" + port);
        this.origins = List.of("http://127.0.0.1:" + port, "http://localhost:" + port);
        // Cookies are shared between the ports of one host: the name keeps each server's apart.
        this.cookie = "mirage-token-" + port;
    }

    /** A new token: 256 random bits, URL-safe. */
    static String newToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String token() {
        return token;
    }

    /** The cookie that carries the token after the first page: this server only, never sent cross-site, unseen by scripts. */
    String cookieHeader() {
        return cookie + "=" + token + "; Path=/; HttpOnly; SameSite=Strict";
    }

    /** Null when the request may be served, else why not. */
    Refusal check(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            return new Refusal(403, "this server answers only to " + hosts.get(0) + " (Host header: " + clip(host) + ")");
        }
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        boolean post = !exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD");
        if (origin != null && !origins.contains(origin.toLowerCase(Locale.ROOT)) || post && origin == null) {
            return new Refusal(403, "requests from another site are refused (Origin: " + clip(origin) + ")");
        }
        if ("cross-site".equals(exchange.getRequestHeaders().getFirst("Sec-Fetch-Site"))) {
            return new Refusal(403, "requests from another site are refused");
        }
        if (!tokenShown(exchange)) {
            return new Refusal(403, "open the link with its token that 'mirage serve' printed");
        }
        return null;
    }

    /** Whether the request's query holds the token (the first visit, from the printed link). */
    boolean inQuery(HttpExchange exchange) {
        return matches(queryToken(exchange.getRequestURI()));
    }

    private boolean tokenShown(HttpExchange exchange) {
        if (inQuery(exchange)) {
            return true;
        }
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth != null && auth.startsWith("token ") && matches(auth.substring(6).strip())) {
            return true;
        }
        for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (String pair : header.split(";")) {
                String p = pair.strip();
                if (p.startsWith(cookie + "=") && matches(p.substring(cookie.length() + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(tokenBytes, candidate.getBytes(StandardCharsets.US_ASCII));
    }

    private static String queryToken(URI uri) {
        String query = uri.getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("token=")) {
                return pair.substring(6);
            }
        }
        return null;
    }

    private static String clip(String value) {
        if (value == null) {
            return "none";
        }
        String clean = value.replaceAll("[^\\x20-\\x7E]", "?");
        return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
    }
}
