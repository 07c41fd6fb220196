package mirage.cases;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import mirage.audit.InputReader;
import mirage.engine.Audit;
import mirage.engine.Auditor;
import mirage.engine.Finding;
import mirage.engine.Verdict;
import mirage.facts.Dossier;
import mirage.facts.InputKind;
import mirage.facts.Unassessed;
import mirage.input.InputError;
import mirage.input.SourceText;

/** Runs cases against the rules and says, for each, what it expected and did not get. */
public final class CaseRunner {

    private final Auditor auditor;
    private final InputReader reader;

    public CaseRunner(Auditor auditor, InputReader reader) {
        this.auditor = auditor;
        this.reader = reader;
    }

    public CaseResult run(Case kase) {
        List<String> failures = new ArrayList<>();
        Audit audit;
        try {
            String name = kase.kind() == InputKind.CHARTER ? "case.md" : "case.yaml";
            Dossier dossier = reader.read(new SourceText(name, kase.text()), Path.of("."), kase.kind(), false);
            audit = auditor.audit(dossier);
        } catch (InputError e) {
            return new CaseResult(kase, List.of("the case's input is invalid: " + e.getMessage()));
        }
        Set<String> found = new TreeSet<>();
        for (Finding f : audit.findings()) {
            found.add(f.trap().id());
        }
        for (String id : kase.expect()) {
            if (!found.contains(id)) {
                failures.add("expected " + id + ", found " + (found.isEmpty() ? "nothing" : String.join(", ", found)));
            }
        }
        for (String id : kase.expectNot()) {
            if (found.contains(id)) {
                failures.add("expected no " + id + ", but it was found");
            }
        }
        if (kase.exactly() != null && !found.equals(new TreeSet<>(kase.exactly()))) {
            failures.add("expected exactly " + new TreeSet<>(kase.exactly()) + ", found " + found);
        }
        for (String id : kase.notAssessed()) {
            if (audit.notAssessed().stream().map(Unassessed::trap).noneMatch(id::equals)) {
                failures.add("expected " + id + " among the traps not assessed");
            }
        }
        kase.verdicts().forEach((body, verdict) -> {
            String got = audit.verdicts().stream().filter(v -> v.body().equals(body))
                    .map(Verdict::verdict).findFirst().orElse("none");
            if (!got.equals(verdict)) {
                failures.add("expected verdict " + verdict + " for " + body + ", got " + got);
            }
        });
        if (!kase.facts().isEmpty()) {
            if (audit.dossier().bodies().isEmpty()) {
                failures.add("expected facts of a body, but the input has no body");
            } else {
                kase.facts().forEach((field, expected) -> {
                    Object got = FieldValue.of(audit.dossier().bodies().get(0), field);
                    if (!java.util.Objects.equals(expected, got)) {
                        failures.add("expected " + field + " = " + expected + ", read " + got);
                    }
                });
            }
        }
        if (!kase.law().isEmpty()) {
            if (audit.dossier().bodies().isEmpty()) {
                failures.add("expected facts from the law, but the input has no body");
            } else {
                mirage.facts.Origins origins = audit.dossier().bodies().get(0).origins();
                for (String field : kase.law()) {
                    if (!origins.has(field) || !origins.at(field).fromLaw()) {
                        failures.add("expected " + field + " to come from the law, but it "
                                + (origins.has(field) ? "was read from the input" : "is unknown"));
                    }
                }
            }
        }
        for (Case.Annotation a : kase.annotations()) {
            boolean there = audit.findings().stream()
                    .anyMatch(f -> f.trap().id().equals(a.trap()) && located(f, a.line(), audit.dossier()));
            if (a.fires() && !there) {
                failures.add("expected " + a.trap() + " at line " + a.line() + ", found it at "
                        + lines(audit, a.trap()));
            } else if (!a.fires() && there) {
                failures.add("expected no " + a.trap() + " at line " + a.line());
            }
        }
        return new CaseResult(kase, failures);
    }

    /**
     * Whether a finding is on a line: where it points, or, for a charter, any other sentence
     * that gave the same fact (traps.md: tests accept any sentence that contributed).
     */
    private static boolean located(Finding f, int line, Dossier dossier) {
        if (f.hit().at().line() == line) {
            return true;
        }
        return dossier.bodies().stream()
                .filter(b -> b.id().equals(f.hit().body()))
                .flatMap(b -> b.origins().contributors(f.hit().at()).stream())
                .anyMatch(o -> o.line() == line);
    }

    private static String lines(Audit audit, String trap) {
        List<String> lines = audit.findings().stream()
                .filter(f -> Objects.equals(f.trap().id(), trap))
                .map(f -> "line " + f.hit().at().line()).toList();
        return lines.isEmpty() ? "no line (not found)" : String.join(", ", lines);
    }
}
