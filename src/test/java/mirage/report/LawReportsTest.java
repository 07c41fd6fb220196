package mirage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import mirage.engine.Basis;
import mirage.engine.Finding;
import mirage.engine.Lang;
import org.junit.jupiter.api.Test;

/** Findings on silence alone and facts from the law, in the JSON and SARIF reports and through the spill file. */
class LawReportsTest {

    static final String SILENT = "sample-facts/charters/service-user-reference-group.md";
    static final String CVS = "sample-facts/charters/reglement-cvs-ehpad-les-hortensias.md";

    @Test
    void jsonAndSarifCarryBasisSilenceOnFindingsThatRestOnSilenceAlone() throws Exception {
        Report report = Fixture.audit(List.of(SILENT));
        JsonNode json = new ObjectMapper().readTree(Fixture.write(new JsonReport(), report, Lang.EN));
        int silent = 0;
        for (JsonNode f : json.get("findings")) {
            if (f.has("basis")) {
                silent++;
                assertEquals("silence", f.get("basis").asText());
                assertEquals("low", f.get("severity").asText(), f::toString);
                assertTrue(f.get("evidence").toString().contains("the charter does not provide"), f::toString);
            }
        }
        assertTrue(silent >= 1, json::toString);
        JsonNode sarif = new ObjectMapper().readTree(Fixture.write(Fixture.sarif(), report, Lang.EN));
        int inSarif = 0;
        for (JsonNode r : sarif.get("runs").get(0).get("results")) {
            if (r.get("properties").has("basis")) {
                inSarif++;
                assertEquals("silence", r.get("properties").get("basis").asText());
                assertEquals("note", r.get("level").asText(), "low findings are notes");
            }
        }
        assertEquals(silent, inSarif);
    }

    @Test
    void theLawsFactsAndTheSilenceBasisSurviveTheSpillFile() {
        Report report = Fixture.audit(List.of(CVS, SILENT));
        Report spilled = InputResultsTest.spilled(report);
        List<Finding> before = report.findings().toList();
        List<Finding> after = spilled.findings().toList();
        assertEquals(before, after);
        assertTrue(after.stream().anyMatch(f -> f.hit().at().fromLaw() && f.hit().at().law().citation().contains("D311")),
                "a finding located at a fact from the law");
        assertTrue(after.stream().anyMatch(f -> f.basis() == Basis.SILENCE));
        assertTrue(after.stream().anyMatch(f -> f.trap().id().equals("departs-from-law")));
    }
}
