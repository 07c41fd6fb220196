package mirage.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import mirage.engine.Lang;
import mirage.engine.Verdict;
import mirage.engine.WaiverStatus;
import mirage.input.Problem;

/**
 * JUnit XML for CI test views (GitLab, Jenkins, GitHub test-report actions): one
 * {@code testsuite} per input file, one {@code testcase} per trap checked on it (class name:
 * the trap id), a {@code failure} per finding with its evidence and place, passing cases too.
 * An invalid input is a suite with one {@code error}: no report calls it clean. Verdicts and
 * waivers (active, expired, unused) are the suite's properties. No timestamps, no host.
 */
public final class JUnitReport implements ReportWriter {

    @Override
    public void write(Report report, Lang lang, Writer out) throws IOException {
        // The root carries the totals: a first pass counts them, a second writes suite by
        // suite, so a folder's report is never held whole.
        int tests = 0;
        int failures = 0;
        int errors = 0;
        int skipped = 0;
        for (InputResult input : report.inputs()) {
            Suite suite = Suite.of(input, report, lang);
            tests += suite.tests();
            failures += suite.failures();
            errors += suite.errors();
            skipped += suite.skipped();
        }
        Xml xml = new Xml();
        xml.open("testsuites", "name", "mirage",
                "tests", String.valueOf(tests), "failures", String.valueOf(failures),
                "errors", String.valueOf(errors), "skipped", String.valueOf(skipped), "time", "0");
        for (InputResult input : report.inputs()) {
            Suite.of(input, report, lang).write(xml, lang);
            xml.drain(out);
        }
        xml.close("testsuites");
        xml.drain(out);
    }

    /** One input: its cases, or for an invalid input, its problems. */
    private record Suite(InputResult input, List<JUnitCase> cases, String config) {

        static Suite of(InputResult input, Report report, Lang lang) {
            return new Suite(input, input.valid() ? JUnitCase.of(input, report, lang) : List.of(), report.config());
        }

        int tests() {
            return input.valid() ? cases.size() : 1;
        }

        int failures() {
            return (int) cases.stream().filter(c -> c.outcome() == JUnitCase.Outcome.FAILED).count();
        }

        int errors() {
            return input.valid() ? 0 : 1;
        }

        int skipped() {
            return (int) cases.stream().filter(c -> c.outcome() == JUnitCase.Outcome.SKIPPED).count();
        }

        void write(Xml xml, Lang lang) {
            xml.open("testsuite", "name", input.file(), "tests", String.valueOf(tests()), "failures", String.valueOf(failures()),
                    "errors", String.valueOf(errors()), "skipped", String.valueOf(skipped()), "time", "0", "file", input.file());
            properties(xml, lang);
            if (!input.valid()) {
                StringBuilder text = new StringBuilder();
                for (Problem p : input.problems(lang)) {
                    text.append(p).append('\n');
                }
                Problem first = input.problems(lang).get(0);
                xml.open("testcase", "classname", "input", "name", Words.get("junit.readable", lang), "file", input.file(),
                        "line", first.line() > 0 ? String.valueOf(first.line()) : null, "time", "0");
                xml.text("error", text.toString(), "type", "invalid-input", "message", first.message());
                xml.close("testcase");
            }
            for (JUnitCase c : cases) {
                String[] attributes = {"classname", c.trap(), "name", c.name(), "file", input.file(),
                        "line", c.line() > 0 ? String.valueOf(c.line()) : null, "time", "0"};
                switch (c.outcome()) {
                    case PASSED -> xml.empty("testcase", attributes);
                    case FAILED -> xml.open("testcase", attributes)
                            .text("failure", c.details(), "type", c.type(), "message", c.message())
                            .close("testcase");
                    case SKIPPED -> xml.open("testcase", attributes).empty("skipped", "message", c.message()).close("testcase");
                }
            }
            xml.close("testsuite");
        }

        private void properties(Xml xml, Lang lang) {
            xml.open("properties");
            xml.empty("property", "name", "kind", "value", input.kind().label());
            if (config != null) {
                xml.empty("property", "name", "config", "value", config);
            }
            if (input.valid()) {
                xml.empty("property", "name", "organisation", "value", input.organisation());
                if (input.audit().exemptedBy() != null) {
                    xml.empty("property", "name", "exempted-by", "value", input.audit().exemptedBy());
                }
                for (Verdict v : input.audit().verdicts()) {
                    xml.empty("property", "name", "verdict " + v.body(), "value", v.verdict());
                }
                for (WaiverStatus w : input.audit().waivers()) {
                    xml.empty("property", "name", "waiver " + w.waiver().trap() + (w.waiver().body() == null ? "" : " @ " + w.waiver().body()),
                            "value", Words.get("junit.waiver", lang, w.status(), w.waiver().expires().toString(), w.matched(), w.waiver().reason()));
                }
                if (!input.known().isEmpty()) {
                    xml.empty("property", "name", "known-in-baseline", "value", String.valueOf(input.known().size()));
                }
            }
            xml.close("properties");
        }
    }
}
