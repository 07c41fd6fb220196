package mirage.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import mirage.engine.Audit;
import mirage.engine.Finding;
import mirage.engine.Lang;
import mirage.engine.TrapDefinition;
import mirage.facts.Unassessed;

/**
 * One JUnit test case: a trap checked on one input. It fails once per unwaived finding, is
 * skipped where it could not be judged (waived, already in the baseline, not assessed for
 * want of facts, or suspended by the community model), and passes where none of that holds.
 *
 * @param trap    the trap id (the case's class name)
 * @param name    unique within its input
 * @param line    1-based, 0 when the case has no place in the file
 * @param message why it failed or was skipped; null when it passed
 * @param details the full text of a failure: place, evidence, the essay's sentence, remedy
 */
record JUnitCase(String trap, String name, int line, Outcome outcome, String type, String message, String details) {

    enum Outcome { PASSED, FAILED, SKIPPED }

    /** The cases of one audited input, in catalogue order, then by line and subject. */
    static List<JUnitCase> of(InputResult input, Report report, Lang lang) {
        Audit audit = input.audit();
        TrapDefinition exempting = audit.exemptedBy() == null ? null : report.trap(audit.exemptedBy());
        List<JUnitCase> cases = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (TrapDefinition trap : report.checkedTraps()) {
            List<JUnitCase> own = new ArrayList<>();
            if (exempting != null && exempting.exempts().contains(trap.family())) {
                own.add(skipped(trap, trap.id(), 0, Words.get("junit.exempt", lang, exempting.id())));
            }
            for (Finding f : sorted(audit.findings(), trap)) {
                own.add(f.waived()
                        ? skipped(trap, named(f), f.hit().at().line(), Words.get("waived", lang, f.waiver().expires(), f.waiver().reason()))
                        : failed(f, input.file(), lang));
            }
            for (Finding f : sorted(input.known(), trap)) {
                own.add(skipped(trap, named(f), f.hit().at().line(), Words.get("junit.known", lang)));
            }
            for (Unassessed u : audit.notAssessed()) {
                if (u.trap().equals(trap.id())) {
                    String where = u.body() == null ? Words.get("organisation", lang).toLowerCase() : "body " + u.body();
                    own.add(skipped(trap, trap.id() + ": " + where, 0,
                            Words.get("not-assessed", lang) + ": " + Words.get("missing", lang) + " " + String.join(", ", u.missing())));
                }
            }
            if (own.isEmpty()) {
                own.add(new JUnitCase(trap.id(), trap.id(), 0, Outcome.PASSED, null, null, null));
            }
            for (JUnitCase c : own) {
                cases.add(c.unique(names));
            }
        }
        return cases;
    }

    private static List<Finding> sorted(List<Finding> findings, TrapDefinition trap) {
        return findings.stream().filter(f -> f.trap().id().equals(trap.id()))
                .sorted(Comparator.comparingInt((Finding f) -> f.hit().at().line()).thenComparing(f -> f.hit().subject()))
                .toList();
    }

    private static String named(Finding f) {
        return f.trap().id() + ": " + f.hit().subject();
    }

    private static JUnitCase skipped(TrapDefinition trap, String name, int line, String message) {
        return new JUnitCase(trap.id(), name, line, Outcome.SKIPPED, null, message, null);
    }

    private static JUnitCase failed(Finding f, String file, Lang lang) {
        List<String> lines = new ArrayList<>();
        lines.add(f.trap().title().in(lang));
        lines.add(file + ":" + f.hit().at().line() + (f.hit().at().column() > 0 ? ":" + f.hit().at().column() : "")
                + " · " + f.organisation() + (f.hit().body() == null ? "" : " · " + f.hit().body()));
        for (String e : f.evidence(lang)) {
            lines.add(Words.get("evidence", lang) + ": " + e);
        }
        lines.add(f.trap().quote().fr() + " — " + f.trap().quote().en());
        lines.add(Words.get("remedy", lang) + ": " + f.trap().remedy().in(lang));
        String message = f.trap().title().in(lang) + " (" + f.hit().subject() + "): " + String.join("; ", f.evidence(lang));
        return new JUnitCase(f.trap().id(), named(f), f.hit().at().line(), Outcome.FAILED, f.severity().label(), message,
                String.join("\n", lines));
    }

    /** This case, renamed with a number if its name is taken already. */
    private JUnitCase unique(Set<String> taken) {
        String unique = name;
        for (int n = 2; !taken.add(unique); n++) {
            unique = name + " #" + n;
        }
        return Objects.equals(unique, name) ? this : new JUnitCase(trap, unique, line, outcome, type, message, details);
    }
}
