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
    void theGitHubWorkflowUploadsTheSarifMirageWritesAndFailsOnHigh() throws IOException {
        JsonNode workflow = read("github-workflow.yml");
        assertEquals("write", workflow.get("permissions").get("security-events").asText());
        assertTrue(workflow.get("on").has("pull_request"));
        JsonNode steps = workflow.get("jobs").get("audit").get("steps");
        List<String> audit = null;
        JsonNode upload = null;
        for (JsonNode step : steps) {
            if (step.path("run").asText().contains("mirage.jar audit")) {
                audit = mirageArgs(step.get("run").asText());
            }
            if (step.path("uses").asText().startsWith("github/codeql-action/upload-sarif@")) {
                upload = step;
            }
        }
        assertNotNull(audit, "a step runs mirage audit");
        assertNotNull(upload, "a step uploads SARIF");
        ParseResult parsed = parse(audit);
        assertEquals("high", option(parsed, "--fail-on"));
        assertTrue(outputs(parsed).contains("sarif=" + upload.get("with").get("sarif_file").asText()));
        assertTrue(upload.get("if").asText().contains("!cancelled()"), "the SARIF is uploaded when the audit fails too");
    }

    @Test
    void theGitLabJobKeepsTheJUnitReportMirageWrites() throws IOException {
        JsonNode job = read("gitlab-ci.yml").get("mirage");
        List<String> audit = null;
        for (JsonNode line : job.get("script")) {
            if (line.asText().contains("mirage.jar audit")) {
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
        List<String> args = mirageArgs(mirage.get("entry").asText());
        args.add("charters/comite.md");
        assertEquals("high", option(parse(args), "--fail-on"));
        Pattern files = Pattern.compile(mirage.get("files").asText());
        assertTrue(files.matcher("charters/comite-usagers.md").find());
        assertTrue(files.matcher("profiles/ville.yaml").find());
        assertFalse(files.matcher("README.md").find(), "a README is not a charter");
        assertFalse(files.matcher(".github/workflows/mirage.yml").find());
    }

    /** The arguments after "mirage.jar" in a shell command (the examples quote nothing there). */
    static List<String> mirageArgs(String command) {
        String rest = command.substring(command.indexOf("mirage.jar") + "mirage.jar".length()).strip();
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
