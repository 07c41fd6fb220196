package mirage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import mirage.engine.Lang;
import org.junit.jupiter.api.Test;

/** Same inputs, same bytes, in every format; a baseline of the same inputs leaves nothing new. */
class DeterminismTest {

    static final List<String> SAMPLES = List.of("sample-facts", Fixture.INPUTS + "essay.yaml");

    static Map<String, ReportWriter> writers() {
        return Map.of("text", new TextReport(false), "json", new JsonReport(), "sarif", Fixture.sarif(),
                "junit", new JUnitReport(), "markdown", new MarkdownReport(), "html", new HtmlReport());
    }

    @Test
    void twoAuditsOfTheSameInputsGiveTheSameBytesInEveryFormat() {
        Report first = Fixture.audit(SAMPLES);
        Report second = Fixture.audit(SAMPLES);
        writers().forEach((name, writer) -> {
            for (Lang lang : Lang.values()) {
                assertEquals(Fixture.write(writer, first, lang), Fixture.write(writer, second, lang), name + " " + lang);
            }
        });
    }

    @Test
    void aBaselineOfTheSameInputsReportsNothingNewButStillTheWaivers() {
        Report report = Fixture.audit(SAMPLES);
        Report again = Fixture.audit(SAMPLES, Fixture.baselineOf(report));
        assertTrue(again.findingCount() == 0);
        assertEquals(report.findingCount(), again.known());
        assertFalse(again.fails(mirage.engine.Severity.INFO));
        writers().forEach((name, writer) -> {
            String out = Fixture.write(writer, again, Lang.EN);
            assertTrue(out.contains("unused") && out.contains("active"), name + " reports the waivers' status");
        });
        String known = report.findingCount() + " finding(s) already in the baseline, not shown";
        for (ReportWriter writer : List.of(new TextReport(false), new MarkdownReport(), new HtmlReport())) {
            assertTrue(Fixture.write(writer, again, Lang.EN).contains(known), writer.getClass().getSimpleName() + " says what it left out");
        }
    }
}
