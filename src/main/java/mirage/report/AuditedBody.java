package mirage.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mirage.engine.Audit;
import mirage.engine.Finding;
import mirage.engine.Severity;
import mirage.engine.Verdict;
import mirage.facts.Body;

/**
 * A body of an audited input with its verdict and findings, most severe first; or, with
 * {@code body} null, the organisation itself and the findings of no body.
 */
record AuditedBody(Body body, Verdict verdict, List<Finding> findings) {

    /** The organisation (when it has findings of its own), then every body in the input's order. */
    static List<AuditedBody> of(Audit audit) {
        Map<String, List<Finding>> byBody = new LinkedHashMap<>();
        for (Body body : audit.dossier().bodies()) {
            byBody.put(body.id(), new ArrayList<>());
        }
        List<Finding> organisation = new ArrayList<>();
        List<Finding> sorted = new ArrayList<>(audit.findings());
        sorted.sort(Comparator.comparing(Finding::severity).reversed()
                .thenComparingInt(f -> f.hit().at().line()).thenComparing(f -> f.trap().id()).thenComparing(f -> f.hit().subject()));
        for (Finding f : sorted) {
            byBody.getOrDefault(f.hit().body(), organisation).add(f);
        }
        List<AuditedBody> all = new ArrayList<>();
        if (!organisation.isEmpty()) {
            all.add(new AuditedBody(null, null, organisation));
        }
        for (Body body : audit.dossier().bodies()) {
            Verdict verdict = audit.verdicts().stream().filter(v -> v.body().equals(body.id())).findFirst().orElse(null);
            all.add(new AuditedBody(body, verdict, byBody.get(body.id())));
        }
        return all;
    }

    boolean organisation() {
        return body == null;
    }

    /** The body's name and id, or its id alone. */
    String shown() {
        return body.name() == null ? body.id() : body.name();
    }

    Map<Severity, Integer> bySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    long waived() {
        return findings.stream().filter(Finding::waived).count();
    }
}
