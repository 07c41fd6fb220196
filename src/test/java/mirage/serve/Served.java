package mirage.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import mirage.engine.CacheFolders;
import mirage.engine.Lang;
import mirage.engine.RuleBase;
import mirage.engine.RuleFolder;
import mirage.input.Limits;

/** A workbench started in this JVM for the tests, and raw HTTP requests to it (any Host, any Origin). */
final class Served {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    private static RuleBase rules;

    private Served() {}

    static synchronized RuleBase rules() {
        if (rules == null) {
            rules = RuleBase.load(List.of(RuleFolder.builtIn()), CacheFolders.standard());
        }
        return rules;
    }

    static Workbench start(List<Path> files, long maxInputSize) throws IOException {
        Limits limits = new Limits(maxInputSize, Limits.DEFAULT_DEPTH, Limits.DEFAULT_RULE_TIME, Limits.DEFAULT_FIRINGS);
        return Workbench.start(new Workbench.Settings(0, files, Lang.EN, AS_OF, limits), rules(), "test");
    }

    /** The status line and the rest of the reply to a request written as it is. */
    record Answer(int status, String head, String body) {}

    static Answer raw(int port, String request, byte[] body) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                try {
                    out.write(body);
                } catch (IOException refusedEarly) {
                    // the server may answer and close before the whole body is sent
                }
            }
            out.flush();
            InputStream in = socket.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String rest = split < 0 ? "" : text.substring(split + 4);
            return new Answer(Integer.parseInt(head.split(" ")[1]), head, rest);
        }
    }

    static String get(int port, String path, String host, String... headers) {
        StringBuilder b = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n");
        for (String h : headers) {
            b.append(h).append("\r\n");
        }
        return b.append("\r\n").toString();
    }

    static String post(int port, String path, String host, long length, String... headers) {
        StringBuilder b = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\nContent-Length: "
                + length + "\r\n");
        for (String h : headers) {
            b.append(h).append("\r\n");
        }
        return b.append("\r\n").toString();
    }
}
