package mirage.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the steps of a composite action ({@code action.yml}) the way GitHub's runner does, on
 * this machine: inputs with their defaults, {@code ${{ }}} expressions in env, with, run and
 * if, each {@code run} step in {@code bash --noprofile --norc -eo pipefail} with the runner's
 * files ({@code GITHUB_OUTPUT}, {@code GITHUB_STEP_SUMMARY}...), step outputs read back,
 * {@code if} decided with {@code success()}, {@code !cancelled()} and the rest. The
 * {@code actions/*} and CodeQL steps it uses are stand-ins that check what they are given.
 */
final class ActionRunner {

    /** What a run of the action left: its outputs, the job's status, the SARIF uploaded, the summary, the log. */
    record Result(boolean failed, Map<String, String> outputs, List<Path> uploaded, String summary, String log) {}

    private final Path action;
    private final Path workspace;
    private final Path temp;
    private final Map<String, String> env = new HashMap<>();

    ActionRunner(Path actionFolder, Path workspace, Path temp) {
        this.action = actionFolder.toAbsolutePath();
        this.workspace = workspace.toAbsolutePath();
        this.temp = temp.toAbsolutePath();
    }

    /** Extra environment of every step (a PATH, say). */
    ActionRunner env(String name, String value) {
        env.put(name, value);
        return this;
    }

    Result run(Map<String, String> with) throws IOException, InterruptedException {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(action.resolve("action.yml").toFile());
        if (!"composite".equals(spec.path("runs").path("using").asText())) {
            throw new IllegalStateException("not a composite action");
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.get("inputs").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> input = it.next();
            inputs.put(input.getKey(), input.getValue().path("default").asText(""));
        }
        for (String name : with.keySet()) {
            if (!inputs.containsKey(name)) {
                throw new IllegalArgumentException("the action has no input '" + name + "'");
            }
        }
        inputs.putAll(with);
        Context context = new Context(inputs, new HashMap<>(), action.toString(), temp.toString());
        Path summary = Files.createTempFile(temp, "summary", ".md");
        List<Path> uploaded = new ArrayList<>();
        StringBuilder log = new StringBuilder();
        for (JsonNode step : spec.get("runs").get("steps")) {
            String condition = step.has("if") ? step.get("if").asText() : "success()";
            if (!Expressions.truthy(Expressions.evaluate(unwrap(condition), context))) {
                log.append("skipped: ").append(step.path("name").asText()).append('\n');
                continue;
            }
            boolean ok = step.has("uses") ? uses(step, context, uploaded, log) : runStep(step, context, summary, log);
            if (!ok) {
                context.failed = true;
            }
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.path("outputs").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> output = it.next();
            outputs.put(output.getKey(), Expressions.interpolate(output.getValue().get("value").asText(), context));
        }
        return new Result(context.failed, outputs, uploaded, Files.readString(summary), log.toString());
    }

    private static String unwrap(String condition) {
        String c = condition.strip();
        return c.startsWith("${{") && c.endsWith("}}") ? c.substring(3, c.length() - 2) : c;
    }

    /** The stand-ins of the actions the composite uses: each checks what it is given. */
    private boolean uses(JsonNode step, Context context, List<Path> uploaded, StringBuilder log) throws IOException {
        String uses = step.get("uses").asText();
        Map<String, String> with = evaluated(step.path("with"), context);
        log.append("uses: ").append(uses).append(' ').append(with).append('\n');
        if (uses.startsWith("actions/setup-java@")) {
            int version = Integer.parseInt(with.get("java-version"));
            return version >= 17 && with.containsKey("distribution");
        }
        if (uses.startsWith("github/codeql-action/upload-sarif@")) {
            Path sarif = Path.of(with.get("sarif_file"));
            JsonNode report = new ObjectMapper().readTree(sarif.toFile());
            if (!"2.1.0".equals(report.path("version").asText()) || !report.path("runs").isArray()) {
                log.append("not SARIF 2.1.0: ").append(sarif).append('\n');
                return false;
            }
            uploaded.add(sarif);
            return true;
        }
        throw new IllegalStateException("no stand-in for " + uses);
    }

    private boolean runStep(JsonNode step, Context context, Path summary, StringBuilder log) throws IOException, InterruptedException {
        if (!"bash".equals(step.path("shell").asText())) {
            throw new IllegalStateException("a composite step's run needs shell: bash: " + step);
        }
        Path script = Files.createTempFile(temp, "step", ".sh");
        Files.writeString(script, Expressions.interpolate(step.get("run").asText(), context));
        Path output = Files.createTempFile(temp, "output", ".txt");
        Path stepLog = Files.createTempFile(temp, "log", ".txt");
        ProcessBuilder builder = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString())
                .directory(workspace.toFile()).redirectErrorStream(true).redirectOutput(stepLog.toFile());
        Map<String, String> environment = builder.environment();
        environment.putAll(env);
        environment.put("CI", "true");
        environment.put("GITHUB_ACTIONS", "true");
        environment.put("GITHUB_WORKSPACE", workspace.toString());
        environment.put("GITHUB_ACTION_PATH", action.toString());
        environment.put("RUNNER_TEMP", temp.toString());
        environment.put("GITHUB_OUTPUT", output.toString());
        environment.put("GITHUB_STEP_SUMMARY", summary.toString());
        environment.put("GITHUB_ENV", Files.createTempFile(temp, "env", ".txt").toString());
        environment.put("GITHUB_PATH", Files.createTempFile(temp, "path", ".txt").toString());
        environment.putAll(evaluated(step.path("env"), context));
        Process process = builder.start();
        if (!process.waitFor(600, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("step timed out: " + step.path("name").asText());
        }
        log.append("run: ").append(step.path("name").asText()).append(" -> ").append(process.exitValue()).append('\n')
                .append(Files.readString(stepLog, StandardCharsets.UTF_8));
        if (step.has("id")) {
            context.steps.put(step.get("id").asText(), outputs(output));
        }
        return process.exitValue() == 0;
    }

    private static Map<String, String> evaluated(JsonNode values, Context context) {
        Map<String, String> result = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            result.put(e.getKey(), Expressions.interpolate(e.getValue().asText(), context));
        }
        return result;
    }

    /** name=value lines, and name<<DELIMITER ... DELIMITER blocks, as the runner reads GITHUB_OUTPUT. */
    static Map<String, String> outputs(Path file) throws IOException {
        Map<String, String> outputs = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int heredoc = line.indexOf("<<");
            int eq = line.indexOf('=');
            if (heredoc > 0 && (eq < 0 || heredoc < eq)) {
                String delimiter = line.substring(heredoc + 2);
                StringBuilder value = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).equals(delimiter); i++) {
                    value.append(value.isEmpty() ? "" : "\n").append(lines.get(i));
                }
                outputs.put(line.substring(0, heredoc), value.toString());
            } else if (eq > 0) {
                outputs.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return outputs;
    }

    /** What expressions can see. */
    static final class Context {
        final Map<String, String> inputs;
        final Map<String, Map<String, String>> steps;
        final String actionPath;
        final String runnerTemp;
        boolean failed;

        Context(Map<String, String> inputs, Map<String, Map<String, String>> steps, String actionPath, String runnerTemp) {
            this.inputs = inputs;
            this.steps = steps;
            this.actionPath = actionPath;
            this.runnerTemp = runnerTemp;
        }

        String lookup(String path) {
            String[] parts = path.split("\\.");
            return switch (parts[0]) {
                case "inputs" -> inputs.getOrDefault(parts[1], "");
                case "steps" -> steps.getOrDefault(parts[1], Map.of()).getOrDefault(parts[3], "");
                case "github" -> parts[1].equals("action_path") ? actionPath : "";
                case "runner" -> parts[1].equals("temp") ? runnerTemp : "";
                default -> throw new IllegalArgumentException("unknown context " + path);
            };
        }
    }

    /** The part of GitHub's expression language the action uses: literals, contexts, !, ==, !=, &&, ||, status functions. */
    static final class Expressions {
        private static final Pattern TOKEN = Pattern.compile(
                "\\s*(?:('(?:[^']|'')*')|(\\|\\||&&|==|!=|!|\\(|\\))|([A-Za-z_][\\w.-]*\\(\\))|([A-Za-z_][\\w.-]*))");
        private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{\\{(.*?)}}");

        private final List<String> tokens = new ArrayList<>();
        private final Context context;
        private int at;

        private Expressions(String text, Context context) {
            this.context = context;
            Matcher m = TOKEN.matcher(text);
            int end = 0;
            while (m.find(end) && m.start() == end && end < text.length()) {
                tokens.add(m.group().strip());
                end = m.end();
            }
            if (!text.substring(end).isBlank()) {
                throw new IllegalArgumentException("cannot read the expression '" + text + "' at: " + text.substring(end));
            }
        }

        static Object evaluate(String text, Context context) {
            Expressions e = new Expressions(text, context);
            Object value = e.or();
            if (e.at != e.tokens.size()) {
                throw new IllegalArgumentException("trailing tokens in '" + text + "'");
            }
            return value;
        }

        static String interpolate(String text, Context context) {
            Matcher m = INTERPOLATION.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                Object value = evaluate(m.group(1), context);
                m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(value)));
            }
            m.appendTail(out);
            return out.toString();
        }

        static boolean truthy(Object value) {
            return value instanceof Boolean b ? b : !String.valueOf(value).isEmpty();
        }

        private Object or() {
            Object left = and();
            while (peek("||")) {
                at++;
                Object right = and();
                left = truthy(left) ? left : right;
            }
            return left;
        }

        private Object and() {
            Object left = unary();
            while (peek("&&")) {
                at++;
                Object right = unary();
                left = truthy(left) ? right : left;
            }
            return left;
        }

        private Object unary() {
            if (peek("!")) {
                at++;
                return !truthy(unary());
            }
            Object left = primary();
            if (peek("==") || peek("!=")) {
                boolean equal = tokens.get(at++).equals("==");
                Object right = primary();
                return equal == String.valueOf(left).equalsIgnoreCase(String.valueOf(right));
            }
            return left;
        }

        private Object primary() {
            String token = tokens.get(at++);
            if (token.equals("(")) {
                Object value = or();
                at++;
                return value;
            }
            if (token.startsWith("'")) {
                return token.substring(1, token.length() - 1).replace("''", "'");
            }
            return switch (token) {
                case "success()" -> !context.failed;
                case "failure()" -> context.failed;
                case "always()" -> true;
                case "cancelled()" -> false;
                case "true" -> true;
                case "false" -> false;
                default -> context.lookup(token);
            };
        }

        private boolean peek(String token) {
            return at < tokens.size() && tokens.get(at).equals(token);
        }
    }
}
