package mirage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import mirage.engine.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pull-request comment: a table row per body, a section per trap, always under the size limit. */
class MarkdownReportTest {

    static Report report;
    static String md;

    @BeforeAll
    static void audit() {
        report = Fixture.audit(Fixture.GOLDEN);
        md = Fixture.write(new MarkdownReport(), report, Lang.EN);
    }

    @Test
    void aRowPerBodyWithItsVerdictAndOneSectionPerTrap() {
        assertTrue(md.contains("| Comité consultatif des parents du hockey mineur `comite-parents` | ⛔ **representation trap** | **1** |"), md);
        long traps = report.findings().map(f -> f.trap().id()).distinct().count();
        assertEquals(traps, md.split("<details>\n<summary>🔴|<details>\n<summary>🟠|<details>\n<summary>🟡|<details>\n<summary>🔵|<details>\n<summary>⚪", -1).length - 1);
        assertTrue(md.contains("❌ invalid input, not audited"), md);
    }

    @Test
    void waiversAreListedWithTheirStatus() {
        assertTrue(md.contains("| active | 2099-06-30 | 1 |"), md);
        assertTrue(md.contains("| ⚠️ expired | 2020-01-01 | 1 |"), md);
        assertTrue(md.contains("| ⚠️ unused | 2099-06-30 | 0 |"), md);
    }

    @Test
    void aHugeRunStaysUnderTheLimitAndSaysWhatItLeftOut() {
        List<InputResult> many = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            many.add(report.inputs().get(0));
        }
        String big = Fixture.write(new MarkdownReport(), report.withInputs(many), Lang.EN);
        assertTrue(big.length() < MarkdownReport.LIMIT, "length " + big.length());
        assertTrue(big.contains("more row(s), left out"), "the table was cut and says so");
        String one = Fixture.write(new MarkdownReport(), report.withInputs(List.of(report.inputs().get(0))), Lang.EN);
        long rowsOfOne = tableRows(one) - 2;
        java.util.regex.Matcher more = java.util.regex.Pattern.compile("and (\\d+) more row\\(s\\)").matcher(big);
        assertTrue(more.find());
        assertEquals(2 + 400 * rowsOfOne, tableRows(big) + Long.parseLong(more.group(1)), "rows shown and rows counted make the whole table");
        assertTrue(big.endsWith("</sub>\n"), "the footer is always there");
        String small = Fixture.write(new MarkdownReport(3_000), report, Lang.EN);
        assertTrue(small.length() < 3_000, "length " + small.length());
        assertTrue(small.contains("more trap(s), left out"), small);
    }

    /** The lines of the summary table: those before the first blank line after the title that start with '|'. */
    private static long tableRows(String md) {
        String table = md.substring(md.indexOf("\n\n") + 2);
        table = table.substring(0, table.indexOf("\n\n"));
        return table.lines().filter(l -> l.startsWith("|")).count();
    }

    @Test
    void profileTextCannotInjectMarkup() {
        assertEquals("a \\| b &lt;script&gt; \\*x\\*", MarkdownText.escape("a | b <script> *x*"));
    }

    @Test
    void frenchWords() {
        String fr = Fixture.write(new MarkdownReport(), report, Lang.FR);
        assertTrue(fr.contains("piège de la représentation"), fr);
        assertTrue(fr.contains("**Remède :**") || fr.contains("**Remède:**"), fr);
    }
}
