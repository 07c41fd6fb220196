package mirage.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import mirage.facts.Dossier;
import mirage.facts.Waiver;
import mirage.input.InputError;
import mirage.input.Problem;
import mirage.input.Wording;

/**
 * Applies a dossier's waivers to its findings: an active waiver marks the findings of its
 * trap (on its body, or on every body) as waived; an expired one hides nothing.
 */
record Waivers(List<Finding> findings, List<WaiverStatus> statuses) {

    static Waivers apply(List<Waiver> waivers, List<Finding> findings, LocalDate today) {
        List<Finding> result = new ArrayList<>(findings);
        List<WaiverStatus> statuses = new ArrayList<>();
        for (Waiver waiver : waivers) {
            boolean expired = waiver.expires().isBefore(today);
            int matched = 0;
            for (int i = 0; i < result.size(); i++) {
                Finding f = result.get(i);
                if (matches(waiver, f)) {
                    matched++;
                    if (!expired && !f.waived()) {
                        result.set(i, f.waivedBy(waiver));
                    }
                }
            }
            String status = expired ? WaiverStatus.EXPIRED : matched > 0 ? WaiverStatus.ACTIVE : WaiverStatus.UNUSED;
            statuses.add(new WaiverStatus(waiver, status, matched));
        }
        return new Waivers(List.copyOf(result), List.copyOf(statuses));
    }

    private static boolean matches(Waiver waiver, Finding finding) {
        return waiver.trap().equals(finding.trap().id())
                && (waiver.body() == null || Objects.equals(waiver.body(), finding.hit().body()));
    }

    /** Every waiver must name a trap of the catalogue: a typo would otherwise waive nothing, silently. */
    static void checkTraps(Dossier dossier, RuleBase rules) throws InputError {
        List<Problem> problems = new ArrayList<>();
        for (Waiver waiver : dossier.waivers()) {
            if (rules.trap(waiver.trap()).isEmpty()) {
                String file = waiver.origin().file() == null ? dossier.file() : waiver.origin().file();
                problems.add(Problem.of(file, waiver.origin().line(), waiver.origin().column(),
                        Wording.of("waiver.unknown-trap", waiver.trap())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputError(problems);
        }
    }
}
