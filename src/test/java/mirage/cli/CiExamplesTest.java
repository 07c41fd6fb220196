package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

import org.junit.jupiter.api.Test;

/**
 * The CI examples of {@code docs/ci/} that the README shows: shown as they are, valid YAML,
 * wired as their CI expects (the report a step uploads is the one Mirage writes), and every
 * Mirage command in them accepted by the real command line.
 */
class CiExamplesTest {

    static final Path CI = Path.of("docs", "ci");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static JsonNode read(String name) throws IOException {
        return YAML.readTree(CI.resolve(name).toFile());
    }

    @Test
    void theReadmeShowsEachExampleAsItIs() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        for (String name : List.of("github-workflow.yml", "gitlab-ci.yml", "pre-commit-config.yaml")) {
            String example = Files.readString(CI.resolve(name), StandardCharsets.UTF_8);
            assertTrue(readme.contains("```yaml\n" + example + "```\n"), name + " differs from its copy in README.md");
        }
    }

    @Test
    void theGitHubWorkflowRunsTheActionWithInputsItDeclaresAndFailsOnHigh() throws IOException {
        JsonNode workflow = read("github-workflow.yml");
        JsonNode action = YAML.readTree(Path.of("action.yml").toFile());
        assertEquals("write", workflow.get("permissions").get("security-events").asText(), "the action uploads SARIF");
        assertTrue(workflow.get("on").has("pull_request"));
        JsonNode steps = workflow.get("jobs").get("audit").get("steps");
        JsonNode audit = null;
        String artifact = null;
        String comment = null;
        for (JsonNode step : steps) {
            if (step.path("uses").asText().matches("[\\w.-]+/mirage@.+")) {
                audit = step;
            }
            if (step.path("uses").asText().startsWith("actions/upload-artifact@")) {
                artifact = step.get("with").get("path").asText();
            }
            if (step.path("run").asText().contains("gh pr comment")) {
                comment = step.get("env").get("REPORT").asText();
            }
        }
        assertNotNull(audit, "a step uses Mirage's action");
        List<String> args = new ArrayList<>(List.of("audit"));
        for (var input = audit.get("with").fields(); input.hasNext();) {
            var e = input.next();
            assertTrue(action.get("inputs").has(e.getKey()), "action.yml has no input " + e.getKey());
            switch (e.getKey()) {
                case "fail-on" -> args.addAll(List.of("--fail-on", e.getValue().asText()));
                case "formats" -> Arrays.stream(e.getValue().asText().split("\\s+")).forEach(f -> args.addAll(List.of("-f", f)));
                case "paths" -> args.addAll(Arrays.asList(e.getValue().asText().split("\\s+")));
                default -> { }
            }
        }
        ParseResult parsed = parse(args);
        assertEquals("high", option(parsed, "--fail-on"));
        assertTrue(outputs(parsed).contains("html=" + artifact), "the HTML kept is the one Mirage writes");
        assertEquals("${{ steps." + audit.get("id").asText() + ".outputs.markdown }}", comment);
        assertTrue(action.get("outputs").has("markdown"));
    }

    @Test
    void theGitLabJobRunsTheContainerAndKeepsTheJUnitReportMirageWrites() throws IOException {
        JsonNode job = read("gitlab-ci.yml").get("mirage");
        assertEquals("", job.get("image").get("entrypoint").get(0).asText(), "GitLab runs the script in a shell, not the entry point");
        List<String> audit = null;
        for (JsonNode line : job.get("script")) {
            if (line.asText().startsWith("mirage audit")) {
                audit = mirageArgs(line.asText());
            }
        }
        assertNotNull(audit);
        ParseResult parsed = parse(audit);
        assertEquals("high", option(parsed, "--fail-on"));
        assertTrue(outputs(parsed).contains("junit=" + job.get("artifacts").get("reports").get("junit").asText()));
        assertEquals("always", job.get("artifacts").get("when").asText(), "the report is kept when the job fails");
    }

    @Test
    void thePreCommitHookAuditsChartersAndProfilesOnly() throws IOException {
        JsonNode hook = read("pre-commit-config.yaml").get("repos").get(0);
        assertEquals("local", hook.get("repo").asText());
        JsonNode mirage = hook.get("hooks").get(0);
        assertEquals("system", mirage.get("language").asText());
        assertTrue(mirage.get("entry").asText().startsWith("mirage audit"), "the installed command");
        List<String> args = mirageArgs(mirage.get("entry").asText());
        args.add("charters/comite.md");
        assertEquals("high", option(parse(args), "--fail-on"));
        Pattern files = Pattern.compile(mirage.get("files").asText());
        assertTrue(files.matcher("charters/comite-usagers.md").find());
        assertTrue(files.matcher("profiles/ville.yaml").find());
        assertFalse(files.matcher("README.md").find(), "a README is not a charter");
        assertFalse(files.matcher(".github/workflows/mirage.yml").find());
    }

    /** The arguments after the "mirage" command in a shell command line (the examples quote nothing there). */
    static List<String> mirageArgs(String command) {
        String rest = command.substring(command.indexOf("mirage ") + "mirage ".length()).strip();
        return new ArrayList<>(Arrays.asList(rest.split("\\s+")));
    }

    static ParseResult parse(List<String> args) {
        CommandLine cli = Main.commandLine(new ByteArrayInputStream(new byte[0]));
        return cli.parseArgs(args.toArray(String[]::new)).subcommand();
    }

    static String option(ParseResult audit, String name) {
        return audit.matchedOptionValue(name, (String) null);
    }

    static List<String> outputs(ParseResult audit) {
        List<String> outputs = new ArrayList<>();
        for (String value : audit.matchedOption("-f").stringValues()) {
            outputs.add(value);
        }
        return outputs;
    }
}
