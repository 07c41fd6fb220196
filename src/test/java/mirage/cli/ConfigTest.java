package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The config file, {@code .mirage.yaml}: what it sets, how flags override it, how a bad one is refused. */
class ConfigTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** A charter that sets up an advisory committee: it has advisory-only (low) and more. */
    static final String CHARTER = """
            # Comité consultatif des usagers

            Le comité consultatif des usagers est institué par la direction du service.
            Il rend des avis simples sur les horaires.
            """;

    Path write(String name, String text) throws IOException {
        return Scratch.write(dir, name, text);
    }

    Run audit(String... args) {
        List<String> all = new ArrayList<>(List.of("audit", "--config", dir.resolve(".mirage.yaml").toString(), "--as-of", "2026-06-01"));
        all.addAll(List.of(args));
        return Run.of(all.toArray(String[]::new));
    }

    static JsonNode json(Run run) throws IOException {
        return JSON.readTree(run.out());
    }

    static JsonNode finding(JsonNode report, String trap) {
        for (JsonNode f : report.get("findings")) {
            if (f.get("trap").asText().equals(trap)) {
                return f;
            }
        }
        return null;
    }

    @Test
    void aCharterWaiverInTheConfigHidesItsFindingAndSaysWhereItIsDeclared() throws IOException {
        write("charters/comite.md", CHARTER);
        write(".mirage.yaml", """
                waivers:
                  - trap: advisory-only
                    path: charters/comite.md
                    reason: the council votes on every opinion of the committee
                    expires: 2027-06-30
                """);
        Run run = audit("-f", "json", "--fail-on", "low", dir.resolve("charters").toString());
        JsonNode report = json(run);
        JsonNode advisory = finding(report, "advisory-only");
        assertTrue(advisory != null && advisory.get("waived").asBoolean(), run::toString);
        assertEquals("charters/comite.md", advisory.get("file").asText(), "named from the config's folder");
        JsonNode waiver = report.get("waivers").get(0);
        assertEquals("active", waiver.get("status").asText());
        assertTrue(waiver.get("declared-in").asText().endsWith(".mirage.yaml"), waiver::toString);
        assertEquals(2, waiver.get("line").asInt());
        assertTrue(report.get("config").asText().endsWith(".mirage.yaml"), "the report says which config it used");
    }

    @Test
    void anExpiredConfigWaiverHidesNothing() throws IOException {
        write("charters/comite.md", CHARTER);
        write(".mirage.yaml", """
                waivers:
                  - {trap: advisory-only, path: "charters/**", reason: accepted for one year, expires: 2025-12-31}
                """);
        Run run = audit("-f", "json", dir.resolve("charters").toString());
        JsonNode report = json(run);
        assertFalse(finding(report, "advisory-only").get("waived").asBoolean(), run::toString);
        assertEquals("expired", report.get("waivers").get(0).get("status").asText());
    }

    @Test
    void aWaiverWhosePathMatchesAnotherFileHidesNothingHere() throws IOException {
        write("charters/comite.md", CHARTER);
        write(".mirage.yaml", """
                waivers:
                  - {trap: advisory-only, path: charters/other.md, reason: accepted elsewhere, expires: 2027-12-31}
                """);
        JsonNode report = json(audit("-f", "json", dir.resolve("charters").toString()));
        assertFalse(finding(report, "advisory-only").get("waived").asBoolean());
        assertEquals(0, report.get("waivers").size());
    }

    @Test
    void excludeKeepsAReadmeOutOfTheAudit() throws IOException {
        write("charters/comite.md", CHARTER);
        write("charters/README.md", "# Charters\n\nThe statutes of our committees, one file each.\n");
        write("charters/sub/README.md", "# More\n\nOlder statutes.\n");
        Run without = Run.of("audit", "--no-config", "-f", "json", dir.resolve("charters").toString());
        assertTrue(without.out().contains("README.md"), "without the config, a README is audited as a charter");
        write(".mirage.yaml", "exclude: [\"**/README.md\"]\n");
        Run run = audit("-f", "json", dir.resolve("charters").toString());
        assertFalse(run.out().contains("README.md"), run::toString);
        assertTrue(run.out().contains("charters/comite.md"), run::toString);
    }

    @Test
    void includeReadsOnlyWhatItNamesAndWithoutPathTheConfigsFolderIsAudited() throws IOException {
        write("charters/comite.md", CHARTER);
        write("notes/todo.md", "# To do\n\nRead the statutes.\n");
        write(".mirage.yaml", "include: [\"charters/\"]\nformats: {json: \"-\"}\n");
        Run run = audit();
        JsonNode report = json(run);
        assertEquals(1, report.get("inputs").size(), run::toString);
        assertEquals("charters/comite.md", report.get("inputs").get(0).get("file").asText());
    }

    @Test
    void severityAndSkipChangeTheFindingsAndTheExitStatus() throws IOException {
        Path profile = write("p.yaml", Scratch.ADVISORY);
        write(".mirage.yaml", "severity: {advisory-only: high}\n");
        Run raised = audit("-f", "json", profile.toString());
        assertEquals(1, raised.code(), "advisory-only raised to high fails at the default threshold: " + raised);
        assertEquals("high", finding(json(raised), "advisory-only").get("severity").asText());
        write(".mirage.yaml", "skip: [advisory-only]\n");
        Run skipped = audit("-f", "json", "--fail-on", "low", profile.toString());
        assertEquals(null, finding(json(skipped), "advisory-only"), skipped::toString);
    }

    @Test
    void flagsOverrideTheFile() throws IOException {
        Path profile = write("p.yaml", Scratch.ADVISORY);
        write(".mirage.yaml", "fail-on: low\nlang: fr\n");
        Run fromFile = audit(profile.toString());
        assertEquals(1, fromFile.code(), fromFile::toString);
        assertTrue(fromFile.out().contains("constat"), "lang: fr " + fromFile);
        Run flags = audit("--fail-on", "never", "--lang", "en", profile.toString());
        assertEquals(0, flags.code(), flags::toString);
        assertTrue(flags.out().contains("evidence"), flags::toString);
        assertTrue(flags.out().contains("config "), "the text report's summary names the config: " + flags);
    }

    @Test
    void formatsWriteTheirFilesAndStandardErrorSaysWhatHappened() throws IOException {
        Path profile = write("p.yaml", Scratch.ADVISORY);
        write(".mirage.yaml", "fail-on: low\nformats: {json: out/mirage.json, markdown: out/mirage.md}\n");
        Run run = audit(profile.toString());
        assertEquals(1, run.code(), run::toString);
        assertTrue(java.nio.file.Files.isRegularFile(dir.resolve("out/mirage.json")), "relative to the config's folder");
        assertTrue(java.nio.file.Files.isRegularFile(dir.resolve("out/mirage.md")));
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run::toString);
        assertTrue(run.err().contains("mirage.json") && run.err().contains("1 finding(s)") && run.err().contains("exit 1"), run::toString);
    }

    @Test
    void unknownKeysAndBadValuesAreErrorsWithTheirPlace() throws IOException {
        Path profile = write("p.yaml", Scratch.ADVISORY);
        Path config = write(".mirage.yaml", """
                fail-on: hihg
                formats: {pdf: out.pdf}
                excludes: [x]
                waivers:
                  - {trap: advisory-only, path: "**", reason: r}
                """);
        Run run = audit(profile.toString());
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains(config + ":1:10:") && run.err().contains("did you mean 'high'"), run::toString);
        assertTrue(run.err().contains(config + ":2:11:") && run.err().contains("unknown field 'pdf'"), run::toString);
        assertTrue(run.err().contains(config + ":3:1:") && run.err().contains("did you mean 'exclude'"), run::toString);
        assertTrue(run.err().contains(config + ":5:5:") && run.err().contains("'expires'"), run::toString);
        assertFalse(run.err().contains("at mirage."), "no stack trace");
    }

    @Test
    void aTrapTheCatalogueDoesNotHoldIsAnErrorAtItsPlace() throws IOException {
        Path profile = write("p.yaml", Scratch.ADVISORY);
        Path config = write(".mirage.yaml", "severity:\n  advisory-onl: low\nskip: [heard-not-heded]\n");
        Run run = audit(profile.toString());
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains(config + ":2:3:") && run.err().contains("did you mean 'advisory-only'"), run::toString);
        assertTrue(run.err().contains(config + ":3:8:") && run.err().contains("heard-not-heeded"), run::toString);
    }

    @Test
    void theSchemaOfTheConfig() throws IOException {
        Run run = Run.of("schema", "--config");
        assertEquals(0, run.code());
        JsonNode schema = JSON.readTree(run.out());
        assertTrue(schema.get("properties").has("waivers") && schema.get("properties").has("exclude"), run::toString);
        assertEquals(false, schema.get("additionalProperties").asBoolean());
    }
}
