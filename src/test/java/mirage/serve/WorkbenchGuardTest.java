package mirage.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mirage.serve.Served.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workbench refuses what a local server must: a request without the token, with a
 * foreign Host (DNS rebinding) or Origin (another site), a POST without an Origin, and an
 * upload past the CLI's input size limit; and it listens on the loopback address only.
 */
class WorkbenchGuardTest {

    static final long LIMIT = 4096;
    static Workbench bench;
    static int port;
    static String token;
    static String host;
    static String origin;

    @BeforeAll
    static void start() throws Exception {
        bench = Served.start(List.of(), LIMIT);
        port = bench.port();
        token = bench.url().getQuery().substring("token=".length());
        host = "127.0.0.1:" + port;
        origin = "Origin: http://127.0.0.1:" + port;
    }

    @AfterAll
    static void stop() {
        bench.close();
    }

    String cookie() {
        return "Cookie: mirage-token-" + port + "=" + token;
    }

    @Test
    void listensOnTheLoopbackAddressOnly() {
        assertEquals("127.0.0.1", bench.url().getHost());
        assertTrue(InetAddress.getLoopbackAddress().isLoopbackAddress());
    }

    @Test
    void theTokenOpensThePageOnceThenACookieOfThisServerOnlyCarriesIt() throws Exception {
        Answer first = Served.raw(port, Served.get(port, "/?token=" + token, host), null);
        assertEquals(303, first.status(), first.head());
        assertTrue(first.head().contains("mirage-token-" + port + "=" + token), first.head());
        assertTrue(first.head().contains("HttpOnly") && first.head().contains("SameSite=Strict"), first.head());
        Answer page = Served.raw(port, Served.get(port, "/", host, cookie()), null);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<script src=\"/app.js\""));
        assertTrue(page.head().toLowerCase(java.util.Locale.ROOT).contains("content-security-policy: default-src 'none'"), page.head());
        assertEquals(200, Served.raw(port, Served.get(port, "/api/setup", host, "Authorization: token " + token), null).status());
    }

    @Test
    void noTokenOrAWrongOneIsRefusedOnEveryPath() throws Exception {
        for (String path : List.of("/", "/app.js", "/app.css", "/api/setup", "/api/blank", "/api/open?file=0", "/nothing")) {
            assertEquals(403, Served.raw(port, Served.get(port, path, host), null).status(), path);
            assertEquals(403, Served.raw(port, Served.get(port, path, host, "Cookie: mirage-token-" + port + "=" + token + "x"), null).status(), path);
        }
        Answer wrong = Served.raw(port, Served.get(port, "/?token=" + token.substring(1), host), null);
        assertEquals(403, wrong.status());
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        assertEquals(403, Served.raw(port, Served.post(port, "/api/audit", host, body.length, origin), body).status());
    }

    @Test
    void aForeignHostIsRefusedEvenWithTheToken() throws Exception {
        for (String foreign : List.of("evil.example:" + port, "127.0.0.1", "127.0.0.1:1", "localhost.:" + port, "[::1]:" + port, "")) {
            Answer answer = Served.raw(port, Served.get(port, "/api/setup", foreign, cookie()), null);
            assertEquals(403, answer.status(), foreign);
        }
        assertEquals(200, Served.raw(port, Served.get(port, "/api/setup", "localhost:" + port, cookie()), null).status());
    }

    @Test
    void aForeignOriginIsRefusedAndAPostMustShowItsOrigin() throws Exception {
        byte[] body = "{\"name\":\"p.yaml\",\"profile\":{\"organisation\":{\"name\":\"V\"}}}".getBytes(StandardCharsets.UTF_8);
        for (String foreign : List.of("Origin: http://evil.example", "Origin: null", "Origin: http://127.0.0.1:1", "Origin: https://127.0.0.1:" + port)) {
            assertEquals(403, Served.raw(port, Served.post(port, "/api/audit", host, body.length, cookie(), foreign), body).status(), foreign);
            assertEquals(403, Served.raw(port, Served.get(port, "/api/setup", host, cookie(), foreign), null).status(), foreign);
        }
        assertEquals(403, Served.raw(port, Served.post(port, "/api/audit", host, body.length, cookie()), body).status(), "no Origin");
        assertEquals(403, Served.raw(port, Served.post(port, "/api/audit", host, body.length, cookie(), origin, "Sec-Fetch-Site: cross-site"), body).status());
        Answer fine = Served.raw(port, Served.post(port, "/api/audit", host, body.length, cookie(), origin), body);
        assertEquals(200, fine.status(), fine.body());
    }

    @Test
    void anUploadPastTheLimitIsRefusedWhetherItsLengthIsDeclaredOrNot() throws Exception {
        byte[] big = ("organisation: {name: V}\n# " + "x".repeat((int) LIMIT) + "\n").getBytes(StandardCharsets.UTF_8);
        Answer declared = Served.raw(port, Served.post(port, "/api/upload?name=big.yaml", host, big.length, cookie(), origin), big);
        assertEquals(413, declared.status(), declared.body());
        assertTrue(declared.body().contains("more than the limit of " + LIMIT + " bytes"), declared.body());
        // chunked: no length announced, the body is cut at the limit
        StringBuilder chunked = new StringBuilder("POST /api/upload?name=big.yaml HTTP/1.1\r\nHost: " + host
                + "\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n" + cookie() + "\r\n" + origin + "\r\n\r\n");
        chunked.append(Integer.toHexString(big.length)).append("\r\n").append(new String(big, StandardCharsets.UTF_8)).append("\r\n0\r\n\r\n");
        Answer streamed = Served.raw(port, chunked.toString(), null);
        assertEquals(413, streamed.status(), streamed.body());
        byte[] small = "organisation: {name: V}\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(200, Served.raw(port, Served.post(port, "/api/upload?name=small.yaml", host, small.length, cookie(), origin), small).status());
    }

    @Test
    void thePageOpensOnlyTheFilesNamedOnTheCommandLineAndUploadsAreReadAlone() throws Exception {
        Answer path = Served.raw(port, Served.get(port, "/api/open?file=../../etc/passwd", host, cookie()), null);
        assertEquals(400, path.status());
        byte[] profile = "organisation: {name: V}\nbodies:\n  - id: b\n    documents:\n      - {title: T, file: notes.txt}\n"
                .getBytes(StandardCharsets.UTF_8);
        Answer upload = Served.raw(port, Served.post(port, "/api/upload?name=p.yaml", host, profile.length, cookie(), origin), profile);
        assertTrue(upload.status() == 422 || upload.status() == 400, upload.body());
        byte[] named = "organisation: {name: V}\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(400, Served.raw(port, Served.post(port, "/api/upload?name=..%2Fx.yaml", host, named.length, cookie(), origin), named).status());
    }
}
