package mirage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mirage.engine.Finding;
import mirage.engine.Lang;
import mirage.engine.TrapDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SARIF report against the contract (cli.md): rules, results, locations, fingerprints, suppressions. */
class SarifReportTest {

    static Report report;
    static JsonNode run;

    @BeforeAll
    static void audit() throws Exception {
        report = Fixture.audit(Fixture.GOLDEN);
        run = new ObjectMapper().readTree(Fixture.write(Fixture.sarif(), report, Lang.EN)).get("runs").get(0);
    }

    @Test
    void everyTrapIsARuleWithHelpLevelAndSecuritySeverity() {
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertEquals(report.catalogue().size(), rules.size());
        for (int i = 0; i < rules.size(); i++) {
            JsonNode rule = rules.get(i);
            TrapDefinition trap = report.catalogue().get(i);
            assertEquals(trap.id(), rule.get("id").asText());
            assertEquals(trap.title().en(), rule.get("shortDescription").get("text").asText());
            assertEquals(trap.meaning().en(), rule.get("fullDescription").get("text").asText());
            assertTrue(rule.get("help").get("text").asText().contains(trap.remedy().en()), trap.id());
            assertTrue(rule.get("help").get("markdown").asText().contains("**Remedy:**"), trap.id());
            assertEquals(SarifRules.level(trap.severity()), rule.get("defaultConfiguration").get("level").asText());
            double severity = Double.parseDouble(rule.get("properties").get("security-severity").asText());
            assertTrue(severity > 0 && severity <= 10, trap.id());
        }
    }

    @Test
    void securitySeverityFollowsGitHubsBands() {
        assertEquals("9.5", SarifRules.securitySeverity(mirage.engine.Severity.CRITICAL));
        assertEquals("8.0", SarifRules.securitySeverity(mirage.engine.Severity.HIGH));
        assertEquals("5.5", SarifRules.securitySeverity(mirage.engine.Severity.MEDIUM));
        assertEquals("3.0", SarifRules.securitySeverity(mirage.engine.Severity.LOW));
    }

    @Test
    void oneResultPerFindingAtItsLineWithItsFingerprint() {
        List<Finding> findings = report.findings().toList();
        JsonNode results = run.get("results");
        assertEquals(findings.size(), results.size());
        JsonNode rules = run.get("tool").get("driver").get("rules");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            JsonNode r = results.get(i);
            assertEquals(f.trap().id(), r.get("ruleId").asText());
            assertEquals(f.trap().id(), rules.get(r.get("ruleIndex").asInt()).get("id").asText());
            JsonNode physical = r.get("locations").get(0).get("physicalLocation");
            assertEquals(f.file(), physical.get("artifactLocation").get("uri").asText(), "relative to the working folder");
            assertEquals("%SRCROOT%", physical.get("artifactLocation").get("uriBaseId").asText());
            assertEquals(f.hit().at().line(), physical.get("region").get("startLine").asInt());
            assertEquals(f.fingerprint(), r.get("partialFingerprints").get(SarifReport.FINGERPRINT).asText());
            assertEquals(f.waived(), r.has("suppressions"), f.trap().id());
            assertTrue(r.get("message").get("text").asText().endsWith("."));
        }
    }

    @Test
    void aWaivedFindingIsSuppressedAtItsWaiver() {
        JsonNode waived = null;
        for (JsonNode r : run.get("results")) {
            if (r.get("ruleId").asText().equals("advisory-only")) {
                waived = r;
            }
        }
        JsonNode suppression = waived.get("suppressions").get(0);
        assertEquals("accepted", suppression.get("status").asText());
        assertEquals("The council votes on every opinion of the committee", suppression.get("justification").asText());
        assertEquals(54, suppression.get("location").get("physicalLocation").get("region").get("startLine").asInt());
    }

    @Test
    void waiversAreNotifiedActiveExpiredOrUnusedAndAnInvalidInputIsAnError() {
        JsonNode invocation = run.get("invocations").get(0);
        assertFalse(invocation.get("executionSuccessful").asBoolean(), "an input was invalid");
        Map<String, String> waivers = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (JsonNode n : invocation.get("toolExecutionNotifications")) {
            if (n.get("descriptor").get("id").asText().equals("waiver")) {
                waivers.put(n.get("associatedRule").get("id").asText(), n.get("properties").get("status").asText());
            }
            if (n.get("level").asText().equals("error")) {
                errors.add(n.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText());
            }
        }
        assertEquals(Map.of("advisory-only", "active", "minority-user-seats", "expired", "replaces-elected", "unused"), waivers);
        assertEquals(List.of(Fixture.INPUTS + "invalid.yaml"), errors);
    }

    @Test
    void aCharterFindingPointsAtItsSentence() throws Exception {
        Report charter = Fixture.audit(List.of("sample-facts/charters/comite-consultatif-hockey-mineur.md"));
        JsonNode results = new ObjectMapper().readTree(Fixture.write(Fixture.sarif(), charter, Lang.EN)).get("runs").get(0).get("results");
        assertTrue(results.size() > 0);
        for (int i = 0; i < results.size(); i++) {
            Finding f = charter.findings().toList().get(i);
            assertEquals(f.hit().at().line(), results.get(i).get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt());
            assertTrue(f.hit().at().line() > 1 || f.hit().at().silent(), "a sentence, or the title for what the charter is silent on");
        }
    }

    @Test
    void urisAreRelativeToTheWorkingFolderAndEscaped() {
        ArtifactUri uris = new ArtifactUri(java.nio.file.Path.of("/work/repo"));
        assertEquals("charters/comit%C3%A9%20eau.md", uris.of("charters/comité eau.md"));
        assertEquals("charters/a.md", uris.of("/work/repo/charters/a.md"));
        assertEquals("file:///elsewhere/a.md", uris.of("/elsewhere/a.md"));
        assertFalse(uris.relative("/elsewhere/a.md"));
    }
}
