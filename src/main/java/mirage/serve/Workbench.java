package mirage.serve;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import mirage.audit.AuditRun;
import mirage.audit.FindingFilter;
import mirage.audit.InputReader;
import mirage.engine.Auditor;
import mirage.engine.Lang;
import mirage.engine.RuleBase;
import mirage.input.InputError;
import mirage.input.Limits;

/**
 * {@code mirage serve}: the auditor's workbench, a page served on 127.0.0.1 only, from the
 * jar, by the JDK's own HTTP server. Every request passes the {@link Guard}; request bodies
 * are bounded by the CLI's input size limit; nothing is written to disk (exports are
 * downloads the browser saves where the user says).
 */
public final class Workbench implements AutoCloseable {

    /**
     * @param port  0 for any free port
     * @param files profiles and charters named on the command line, which the page may open
     * @param asOf  the day waivers are checked against
     */
    public record Settings(int port, List<Path> files, Lang lang, LocalDate asOf, Limits limits) {}

    private static final Pattern EXPORT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}\\.yaml");

    private final HttpServer server;
    private final ExecutorService threads;
    private final Guard guard;
    private final Settings settings;
    private final Opening opening;
    private final LiveAudit audit;
    private final ObjectNode setup;
    private final StaticFiles files = new StaticFiles();
    private final ObjectMapper json;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final java.util.concurrent.atomic.AtomicBoolean closing = new java.util.concurrent.atomic.AtomicBoolean();

    private Workbench(Settings settings, RuleBase rules, String version) throws IOException {
        this.settings = settings;
        Limits limits = settings.limits();
        InputReader reader = InputReader.of(rules, limits);
        Auditor auditor = new Auditor(rules, true, settings.asOf(), limits);
        this.audit = new LiveAudit(new AuditRun(auditor, reader, FindingFilter.ALL, limits.maxInputSize()), version);
        this.opening = new Opening(reader, limits);
        this.setup = PageSetup.of(rules.traps(), settings.lang(), limits.maxInputSize());
        this.json = new ObjectMapper();
        // The page's requests nest a profile two levels down; the profile itself is held to --max-depth.
        json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(limits.maxDepth() + 2).build());
        // Loopback only: never another interface, whatever the machine's name resolves to.
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 16);
        this.guard = new Guard(Guard.newToken(), server.getAddress().getPort());
        this.threads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "mirage-serve");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
    }

    /** Starts the workbench; the audit's rules are loaded already. */
    public static Workbench start(Settings settings, RuleBase rules, String version) throws IOException {
        Workbench workbench = new Workbench(settings, rules, version);
        workbench.server.start();
        return workbench;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The link to open, with its token. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + port() + "/?token=" + guard.token());
    }

    /** Waits until the page's "stop" or {@link #close()}. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return; // the page's Stop, the shutdown hook and the command may all close it
        }
        server.stop(0);
        threads.shutdownNow();
        stopped.countDown();
    }

    private void handle(HttpExchange exchange) throws IOException {
        // Not try-with-resources: a refusal found while handling must be sent before the exchange closes.
        try {
            Guard.Refusal refusal = guard.check(exchange);
            if (refusal != null) {
                Reply.error(exchange, refusal.status(), refusal.reason());
                return;
            }
            route(exchange);
        } catch (Reply.TooLarge e) {
            Reply.error(exchange, 413, e.getMessage());
        } catch (BadRequest e) {
            Reply.error(exchange, 400, e.getMessage());
        } catch (InputError e) {
            Reply.problems(exchange, e.problems());
        } catch (RuntimeException e) {
            Reply.error(exchange, 500, "internal error: " + e);
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException, InputError {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        switch (method + " " + path) {
            case "GET /" -> {
                if (guard.inQuery(exchange)) {
                    // The token leaves the address bar (and the history) for a cookie of this server only.
                    exchange.getResponseHeaders().add("Set-Cookie", guard.cookieHeader());
                    exchange.getResponseHeaders().add("Location", "/");
                    Reply.send(exchange, 303, "text/plain; charset=utf-8", new byte[0]);
                } else {
                    files.send(exchange, "index.html");
                }
            }
            case "GET /app.js", "GET /app.css" -> files.send(exchange, path.substring(1));
            case "GET /api/setup" -> Reply.json(exchange, 200, setupWithFiles());
            case "GET /api/open" -> Reply.json(exchange, 200, opening.open(file(exchange)).json());
            case "GET /api/blank" -> Reply.json(exchange, 200, Opened.blank().json());
            case "POST /api/upload" -> {
                byte[] bytes = Reply.body(exchange, settings.limits().maxInputSize());
                Reply.json(exchange, 200, opening.upload(query(exchange, "name"), bytes).json());
            }
            case "POST /api/audit" -> Reply.json(exchange, 200, audited(request(exchange)));
            case "POST /api/export" -> export(exchange, request(exchange), query(exchange, "format"));
            case "POST /api/stop" -> {
                Reply.json(exchange, 200, JsonNodeFactory.instance.objectNode().put("stopped", true));
                new Thread(this::close, "mirage-serve-stop").start();
            }
            default -> {
                boolean known = path.equals("/") || path.startsWith("/api/") || path.equals("/app.js") || path.equals("/app.css");
                Reply.error(exchange, known ? 405 : 404, known ? "method not allowed" : "no such page");
            }
        }
    }

    private ObjectNode setupWithFiles() {
        ObjectNode node = setup.deepCopy();
        node.put("as-of", settings.asOf().toString());
        var list = node.putArray("files");
        settings.files().forEach(f -> list.add(f.toString()));
        return node;
    }

    private Path file(HttpExchange exchange) {
        String index = query(exchange, "file");
        try {
            return settings.files().get(Integer.parseInt(index));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new BadRequest("the page may open only the files named on the command line, by number");
        }
    }

    /** The page's profile, checked and written as YAML: what is audited and exported. */
    private record Draft(String name, Lang lang, ProfileYaml.Written yaml) {}

    private Draft request(HttpExchange exchange) throws IOException {
        byte[] bytes = Reply.body(exchange, settings.limits().maxInputSize());
        JsonNode body;
        try {
            body = json.readTree(bytes);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new BadRequest("the request is not valid JSON: " + e.getOriginalMessage());
        }
        if (body == null || !body.isObject()) {
            throw new BadRequest("the request must be a JSON object");
        }
        String name = body.path("name").asText("profile.yaml");
        if (!EXPORT_NAME.matcher(name).matches()) {
            throw new BadRequest("the profile's name must be a plain file name ending in .yaml");
        }
        Lang lang = "fr".equals(body.path("lang").asText()) ? Lang.FR : Lang.EN;
        Map<String, Source> sources = new LinkedHashMap<>();
        body.path("sources").fields().forEachRemaining(e -> sources.put(e.getKey(), Source.fromJson(e.getValue())));
        JsonNode profile = body.get("profile");
        for (JsonNode b : profile == null ? List.<JsonNode>of() : List.of(profile)) {
            for (JsonNode bodyNode : b.path("bodies")) {
                for (JsonNode document : bodyNode.path("documents")) {
                    if (document.has("file")) {
                        throw new BadRequest("a document's file cannot be read by the page; give its text instead");
                    }
                }
            }
        }
        String from = body.path("from").isTextual() ? body.get("from").asText() : null;
        Map<String, List<Source>> also = new LinkedHashMap<>();
        body.path("also").fields().forEachRemaining(e -> {
            List<Source> places = new java.util.ArrayList<>();
            e.getValue().forEach(p -> places.add(new Source(Source.Kind.SENTENCE, from, p.path("line").asInt(), p.path("column").asInt(),
                    p.path("text").asText(null), null, null, false)));
            also.put(e.getKey(), places);
        });
        return new Draft(name, lang, ProfileYaml.write(profile, sources, also, lang, from));
    }

    private ObjectNode audited(Draft draft) {
        ObjectNode reply = JsonNodeFactory.instance.objectNode();
        reply.put("yaml", draft.yaml().text());
        ObjectNode lines = reply.putObject("lines");
        draft.yaml().lines().entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> lines.put(e.getKey(), e.getValue()));
        reply.put("report", audit.report(draft.name(), draft.yaml().text(), draft.lang(), LiveAudit.Format.JSON));
        return reply;
    }

    private void export(HttpExchange exchange, Draft draft, String format) throws IOException {
        if ("yaml".equals(format)) {
            Reply.download(exchange, draft.name(), "application/yaml", draft.yaml().text());
            return;
        }
        LiveAudit.Format f = LiveAudit.Format.byName(format == null ? "" : format.toLowerCase(Locale.ROOT));
        String report = audit.report(draft.name(), draft.yaml().text(), draft.lang(), f);
        String stem = draft.name().substring(0, draft.name().length() - ".yaml".length());
        Reply.download(exchange, stem + ".report." + f.extension, f.mediaType, report);
    }

    private static String query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
