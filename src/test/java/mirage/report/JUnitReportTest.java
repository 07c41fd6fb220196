package mirage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import mirage.audit.FindingFilter;
import mirage.engine.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit report: a suite per input, a case per trap checked, failures with evidence and place. */
class JUnitReportTest {

    static Report report;
    static Document xml;

    @BeforeAll
    static void audit() throws Exception {
        report = Fixture.audit(Fixture.GOLDEN);
        xml = parse(Fixture.write(new JUnitReport(), report, Lang.EN));
    }

    static Document parse(String text) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    @Test
    void oneSuitePerInputWithCountsThatAddUp() {
        List<Element> suites = elements(xml.getDocumentElement(), "testsuite");
        assertEquals(report.inputs().size(), suites.size());
        int tests = 0;
        for (int i = 0; i < suites.size(); i++) {
            Element suite = suites.get(i);
            assertEquals(report.inputs().get(i).file(), suite.getAttribute("name"));
            List<Element> cases = elements(suite, "testcase");
            assertEquals(cases.size(), Integer.parseInt(suite.getAttribute("tests")));
            assertEquals(count(cases, "failure"), Integer.parseInt(suite.getAttribute("failures")));
            assertEquals(count(cases, "skipped"), Integer.parseInt(suite.getAttribute("skipped")));
            assertEquals(count(cases, "error"), Integer.parseInt(suite.getAttribute("errors")));
            tests += cases.size();
        }
        assertEquals(tests, Integer.parseInt(xml.getDocumentElement().getAttribute("tests")));
    }

    private static long count(List<Element> cases, String child) {
        return cases.stream().filter(c -> !elements(c, child).isEmpty()).count();
    }

    @Test
    void everyTrapCheckedIsACaseNamesAreUniqueAndPassingCasesAreThere() {
        Element essay = elements(xml.getDocumentElement(), "testsuite").get(0);
        Set<String> names = new HashSet<>();
        Set<String> classes = new HashSet<>();
        int passing = 0;
        for (Element c : elements(essay, "testcase")) {
            assertTrue(names.add(c.getAttribute("name")), "unique: " + c.getAttribute("name"));
            classes.add(c.getAttribute("classname"));
            passing += c.getChildNodes().getLength() == 0 ? 1 : 0;
        }
        assertEquals(report.checked(), classes, "classname = trap id, every trap checked");
        assertTrue(passing > 0);
    }

    @Test
    void aFailureCarriesSeverityEvidenceAndPlace() {
        Element essay = elements(xml.getDocumentElement(), "testsuite").get(0);
        long unwaived = report.inputs().get(0).audit().findings().stream().filter(f -> !f.waived()).count();
        List<Element> failures = elements(essay, "failure");
        assertEquals(unwaived, failures.size());
        for (Element failure : failures) {
            Element c = (Element) failure.getParentNode();
            assertFalse(c.getAttribute("line").isEmpty());
            assertEquals(Fixture.INPUTS + "essay.yaml", c.getAttribute("file"));
            assertTrue(failure.getTextContent().contains("evidence: "), failure.getTextContent());
            assertTrue(failure.getTextContent().contains(Fixture.INPUTS + "essay.yaml:" + c.getAttribute("line")));
            assertTrue(mirage.engine.Severity.byLabel(failure.getAttribute("type")) != null);
        }
    }

    @Test
    void waiversAreSkippedCasesAndSuiteProperties() {
        Element essay = elements(xml.getDocumentElement(), "testsuite").get(0);
        List<String> properties = new ArrayList<>();
        for (Element p : elements(essay, "property")) {
            properties.add(p.getAttribute("name") + "=" + p.getAttribute("value").split(" ")[0]);
        }
        assertTrue(properties.contains("waiver advisory-only @ comite-parents=active"), properties::toString);
        assertTrue(properties.contains("waiver minority-user-seats @ comite-parents=expired"), properties::toString);
        assertTrue(properties.contains("waiver replaces-elected=unused"), properties::toString);
        assertTrue(properties.contains("verdict comite-parents=representation-trap"), properties::toString);
        boolean waivedIsSkipped = elements(essay, "testcase").stream()
                .anyMatch(c -> c.getAttribute("name").equals("advisory-only: body comite-parents") && !elements(c, "skipped").isEmpty());
        assertTrue(waivedIsSkipped);
    }

    @Test
    void theCommunityModelSuspendsTrapsAndAnInvalidInputIsAnError() {
        List<Element> suites = elements(xml.getDocumentElement(), "testsuite");
        long suspended = elements(suites.get(1), "skipped").stream()
                .filter(s -> s.getAttribute("message").contains("community-model")).count();
        assertTrue(suspended > 10, "the producer/user traps are not assessed on the rink");
        assertEquals(1, elements(suites.get(2), "error").size());
        assertEquals("5", ((Element) elements(suites.get(2), "testcase").get(0)).getAttribute("line"));
    }

    @Test
    void aBaselineTurnsKnownFindingsIntoSkippedCasesNotPassingOnes() throws Exception {
        Report known = Fixture.audit(Fixture.GOLDEN.subList(0, 1), Fixture.baselineOf(report));
        Document again = parse(Fixture.write(new JUnitReport(), known, Lang.EN));
        assertEquals("0", again.getDocumentElement().getAttribute("failures"));
        long inBaseline = elements(again.getDocumentElement(), "skipped").stream()
                .filter(s -> s.getAttribute("message").equals("already in the baseline")).count();
        assertEquals(report.inputs().get(0).audit().findings().size(), inBaseline);
    }

    @Test
    void onlyTheTrapsSelectedAreCases() throws Exception {
        Report only = Fixture.audit(Fixture.GOLDEN.subList(0, 1), new FindingFilter(Set.of("advisory-only", "heard-not-heeded"), Set.of(), Set.of()));
        Document selected = parse(Fixture.write(new JUnitReport(), only, Lang.EN));
        Set<String> classes = new HashSet<>();
        elements(selected.getDocumentElement(), "testcase").forEach(c -> classes.add(c.getAttribute("classname")));
        assertEquals(Set.of("advisory-only", "heard-not-heeded"), classes);
    }

    @Test
    void textThatXmlCannotHoldIsDroppedAndTheRestEscaped() {
        assertEquals("a &lt;b&gt; &amp; \"c\"", Xml.escape("a <b> & \"c\"\u0001", false));
        assertEquals("&quot;x&quot;&#10;y", Xml.escape("\"x\"\ny", true));
    }
}
