package mirage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mirage.audit.InputReader;
import mirage.engine.Lang;
import org.junit.jupiter.api.Test;

/**
 * Microsoft's SARIF validator, with GitHub's rules and SARIF's own, finds no error in the
 * SARIF report of any sample: each file of {@code sample-facts/} alone, all of them in one
 * run, and the golden report's inputs (waivers, the community model, an invalid profile),
 * in English and in French. Its warnings are printed, not failed on.
 */
class SarifValidatorIT {

    static final Path OUT = Path.of("target", "sarif-validation");

    @Test
    void theValidatorFindsNoErrorInTheSarifOfAnySample() throws Exception {
        SarifValidator validator = SarifValidator.installed();
        Files.createDirectories(OUT);
        try (Stream<Path> old = Files.list(OUT)) {
            for (Path f : old.toList()) {
                Files.delete(f);
            }
        }
        List<Path> files = new ArrayList<>();
        List<String> samples;
        try (Stream<Path> walk = Files.walk(Path.of("sample-facts"))) {
            samples = walk.filter(Files::isRegularFile).filter(p -> InputReader.accepts(p.getFileName().toString()))
                    .map(Path::toString).sorted().toList();
        }
        assertTrue(samples.size() >= 12, "every sample: " + samples);
        for (String sample : samples) {
            files.add(write(Fixture.audit(List.of(sample)), Lang.EN, Path.of(sample).getFileName() + ".sarif"));
        }
        files.add(write(Fixture.audit(List.of("sample-facts")), Lang.EN, "all-samples.sarif"));
        files.add(write(Fixture.audit(List.of("sample-facts")), Lang.FR, "all-samples.fr.sarif"));
        files.add(write(Fixture.audit(Fixture.GOLDEN), Lang.EN, "golden-inputs.sarif"));

        Path output = OUT.resolve("validation.sarif.json");
        SarifValidator.Result result = validator.validate(files, output);
        assertTrue(Files.isRegularFile(output), "the validator (" + validator.version() + ") wrote nothing; exit "
                + result.code() + "\n" + result.out() + result.err());
        List<String> errors = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (JsonNode run : new ObjectMapper().readTree(output.toFile()).get("runs")) {
            for (JsonNode r : run.path("results")) {
                String level = r.path("level").asText("warning");
                String where = r.path("locations").path(0).path("physicalLocation").path("artifactLocation").path("uri").asText();
                String line = level + " " + r.path("ruleId").asText() + " " + where + ": " + message(run, r);
                (level.equals("error") ? errors : others).add(line);
            }
        }
        System.out.println(validator.version() + " validated " + files.size() + " SARIF files: " + errors.size()
                + " error(s), " + others.size() + " warning(s) and note(s)");
        others.stream().distinct().limit(20).forEach(System.out::println);
        assertEquals(List.of(), errors, "the SARIF validator's errors");
    }

    private static Path write(Report report, Lang lang, String name) throws Exception {
        Path file = OUT.resolve(name);
        Files.writeString(file, Fixture.write(Fixture.sarif(), report, lang), StandardCharsets.UTF_8);
        return file;
    }

    /** The result's message: its text, or its rule's message string filled with its arguments. */
    private static String message(JsonNode run, JsonNode result) {
        if (result.path("message").has("text")) {
            return result.path("message").path("text").asText();
        }
        String id = result.path("message").path("id").asText();
        for (JsonNode rule : run.path("tool").path("driver").path("rules")) {
            if (rule.path("id").asText().equals(result.path("ruleId").asText())) {
                String text = rule.path("messageStrings").path(id).path("text").asText(id);
                JsonNode args = result.path("message").path("arguments");
                for (int i = 0; i < args.size(); i++) {
                    text = text.replace("{" + i + "}", args.get(i).asText());
                }
                return text;
            }
        }
        return id;
    }
}
