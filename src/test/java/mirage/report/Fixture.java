package mirage.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import mirage.audit.AuditRun;
import mirage.audit.FindingFilter;
import mirage.audit.InputFiles;
import mirage.audit.InputReader;
import mirage.engine.Auditor;
import mirage.engine.Lang;
import mirage.engine.RuleBase;
import mirage.engine.RuleFolder;

/**
 * Audits for the report tests. The catalogue compiles once for the whole test JVM (Drools
 * takes seconds); each report is audited as of a fixed day, with a fixed version and rules
 * digest, so that golden files change only when a report or a trap's text does.
 */
final class Fixture {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    static final String INPUTS = "src/test/resources/reports/inputs/";
    /** The golden report's inputs: the essay's case with three waivers, the community rink, an invalid profile. */
    static final List<String> GOLDEN = List.of(INPUTS + "essay.yaml", INPUTS + "rink.yaml", INPUTS + "invalid.yaml");

    private static RuleBase rules;

    private Fixture() {}

    static synchronized RuleBase rules() {
        if (rules == null) {
            rules = RuleBase.load(List.of(RuleFolder.builtIn()));
        }
        return rules;
    }

    static Report audit(List<String> paths) {
        return audit(paths, FindingFilter.ALL);
    }

    static Report audit(List<String> paths, FindingFilter filter) {
        AuditRun run = new AuditRun(new Auditor(rules(), true, AS_OF), InputReader.of(rules()), filter, 16 << 20);
        Report report = run.run(InputFiles.expand(paths), new ByteArrayInputStream(new byte[0]), "0.1.0");
        return new Report("0.1.0", "sha256:test", report.catalogue(), report.checked(), report.inputs(), report.skipped());
    }

    /** The baseline filter made from a report's own findings, as {@code --baseline} reads them. */
    static FindingFilter baselineOf(Report report) {
        Set<String> fingerprints = new java.util.HashSet<>();
        report.findings().forEach(f -> fingerprints.add(f.fingerprint()));
        return new FindingFilter(Set.of(), Set.of(), fingerprints);
    }

    static String write(ReportWriter writer, Report report, Lang lang) {
        StringWriter out = new StringWriter();
        try {
            writer.write(report, lang, out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString();
    }

    static SarifReport sarif() {
        return new SarifReport(java.nio.file.Path.of("").toAbsolutePath());
    }
}
