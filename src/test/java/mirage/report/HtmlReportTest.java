package mirage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mirage.engine.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTML report: one self-contained page, a picture per body, every trap with evidence, quote and remedy. */
class HtmlReportTest {

    static Report report;
    static String html;

    @BeforeAll
    static void audit() {
        report = Fixture.audit(Fixture.GOLDEN);
        html = Fixture.write(new HtmlReport(), report, Lang.EN);
    }

    @Test
    void selfContainedNothingToFetch() {
        for (String external : new String[] {"http:", "https:", "<link", "<script", "src=", "@import", "url("}) {
            assertFalse(html.contains(external), external);
        }
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertTrue(html.contains("@media print"), "print CSS");
    }

    @Test
    void elementsAreBalanced() {
        for (String tag : new String[] {"section", "article", "div", "header", "table", "ul", "blockquote", "a", "p"}) {
            assertEquals(count("<" + tag + "[ >]"), count("</" + tag + ">"), tag);
        }
    }

    private static int count(String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void eachBodyIsPicturedWithItsVerdictAndTheFourFactors() {
        assertTrue(html.contains("<article class=\"body v-trap\" id=\"o1-comite-parents\">"), "the essay's committee");
        for (String factor : new String[] {"Seats", "Nomination", "Structure", "Power"}) {
            assertTrue(html.contains("<h4>" + factor + "</h4>"), factor);
        }
        String committee = html.substring(html.indexOf("id=\"o1-comite-parents\""));
        committee = committee.substring(0, committee.indexOf("</article>"));
        assertEquals(3, committee.split("<span class=\"seat users\">", -1).length - 1, "3 user seats of 10");
        assertEquals(10, committee.split("<span class=\"seat ", -1).length - 1);
        assertTrue(html.contains("href=\"#o1-comite-parents\""), "the glance links to the body");
    }

    @Test
    void eachTrapOnceWithEvidenceQuoteAndRemedy() {
        long traps = report.inputs().get(0).audit().findings().stream().map(f -> f.trap().id()).distinct().count()
                + report.inputs().get(1).audit().findings().stream().map(f -> f.trap().id()).distinct().count();
        assertEquals(traps, count("<article class=\"trap "));
        assertEquals(traps, count("<blockquote>"));
        assertEquals(traps, count("<p class=\"remedy\">"));
        assertTrue(html.contains("waived until 2099-06-30"), "a waived finding says so");
        assertTrue(html.contains("class=\"status-unused\""), "an unused waiver is shown");
    }

    @Test
    void invalidInputIsShownNotCalledClean() {
        assertTrue(html.contains("invalid.yaml:5:12:"), "with its position");
    }

    @Test
    void frenchReport() {
        String fr = Fixture.write(new HtmlReport(), report, Lang.FR);
        assertTrue(fr.startsWith("<!DOCTYPE html>\n<html lang=\"fr\">"));
        assertTrue(fr.contains("<h4>Sièges</h4>") && fr.contains("cooptés") && fr.contains("consultatif"), "factors in French");
        assertTrue(fr.contains(Html.escape(report.trap("heard-not-heeded").title().fr())));
    }

    @Test
    void textFromInputsIsEscaped() {
        assertEquals("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;", Html.escape("<b> & \"x\" 'y'"));
    }
}
