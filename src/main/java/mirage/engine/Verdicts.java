package mirage.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import mirage.facts.Body;
import mirage.facts.Dossier;

/**
 * The verdict of each body (traps.md, section F), from the traps found on it. Traps of the
 * organisation do not enter body verdicts; waived traps do: a waiver accepts a risk, it does
 * not remove it.
 */
final class Verdicts {

    private Verdicts() {}

    static List<Verdict> of(Dossier dossier, List<Finding> findings) {
        Map<String, List<Finding>> byBody = new HashMap<>();
        for (Finding f : findings) {
            if (f.hit().body() != null) {
                byBody.computeIfAbsent(f.hit().body(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (Body body : dossier.bodies()) {
            List<Finding> own = new ArrayList<>(byBody.getOrDefault(body.id(), List.of()));
            own.sort(MOST_SEVERE_FIRST);
            List<String> traps = own.stream().map(f -> f.trap().id()).distinct().toList();
            verdicts.add(new Verdict(body.id(), verdict(body, own), traps));
        }
        return verdicts;
    }

    private static final Comparator<Finding> MOST_SEVERE_FIRST =
            Comparator.comparing(Finding::severity).reversed().thenComparing(f -> f.trap().id());

    private static String verdict(Body body, List<Finding> own) {
        if (body.power() == null && !body.representatives().given()) {
            return Verdict.NOT_ASSESSED;
        }
        for (Finding f : own) {
            if (f.trap().verdict()) {
                return f.trap().id();
            }
        }
        boolean serious = own.stream().anyMatch(f -> f.severity().atLeast(Severity.MEDIUM));
        return serious ? Verdict.CONDITIONAL : Verdict.SOUND;
    }
}
