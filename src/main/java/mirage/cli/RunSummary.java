package mirage.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mirage.audit.BaseFolder;
import mirage.engine.Labels;
import mirage.engine.Lang;
import mirage.engine.Severity;
import mirage.report.Report;

/**
 * The one line said on standard error when every report went to a file, so that a run in a
 * terminal or a CI log never ends in silence: the files written, the findings, and why the
 * exit status is what it is.
 */
final class RunSummary {

    private RunSummary() {}

    static String line(Report report, List<Output> targets, int code, String failOn, Lang lang) {
        BaseFolder here = BaseFolder.current();
        List<String> files = targets.stream().map(t -> here.shown(t.file())).toList();
        List<String> parts = new ArrayList<>();
        parts.add(Messages.get(lang, "summary.wrote", String.join(", ", files)));
        List<String> bySeverity = new ArrayList<>();
        Map<Severity, Integer> counts = report.bySeverity();
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            Severity s = Severity.values()[i];
            if (counts.containsKey(s)) {
                bySeverity.add(counts.get(s) + " " + Labels.severity(s, lang));
            }
        }
        parts.add(Messages.get(lang, "summary.findings", report.findingCount())
                + (bySeverity.isEmpty() ? "" : Messages.get(lang, "summary.colon") + String.join(", ", bySeverity)));
        parts.add(Messages.get(lang, "summary.waived", report.waived()));
        if (code == ExitCode.UNTRUSTED.code) {
            parts.add(Messages.get(lang, "summary.exit.invalid", report.inputs().invalid()));
        } else if (failOn.equalsIgnoreCase("never")) {
            parts.add(Messages.get(lang, "summary.exit.never"));
        } else {
            String threshold = Labels.severity(Severity.byLabel(failOn.toLowerCase(java.util.Locale.ROOT)), lang);
            parts.add(Messages.get(lang, code == ExitCode.FINDINGS.code ? "summary.exit.findings" : "summary.exit.clean", threshold));
        }
        return String.join(" · ", parts);
    }
}
