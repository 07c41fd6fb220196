package mirage.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import mirage.engine.Finding;
import mirage.engine.Severity;

/**
 * Everything one run found, for every writer: the inputs in order, each audited or not.
 *
 * @param version     Mirage's version
 * @param rulesDigest digest of the rule folders used
 * @param skipped     files met in folders and not read (not a profile or charter)
 */
public record Report(String version, String rulesDigest, List<InputResult> inputs, List<String> skipped) {

    public Report {
        inputs = List.copyOf(inputs);
        skipped = List.copyOf(skipped);
    }

    /** Every finding of every input, by file, line, trap and subject. */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>();
        for (InputResult input : inputs) {
            if (input.valid()) {
                all.addAll(input.audit().findings());
            }
        }
        all.sort(Comparator.comparing(Finding::file)
                .thenComparingInt(f -> f.hit().at().line())
                .thenComparing(f -> f.trap().id())
                .thenComparing(f -> f.hit().subject()));
        return all;
    }

    public boolean hasInvalidInputs() {
        return inputs.stream().anyMatch(i -> !i.valid());
    }

    /** Whether an unwaived finding reaches {@code threshold}; never when it is null. */
    public boolean fails(Severity threshold) {
        return threshold != null && findings().stream().anyMatch(f -> !f.waived() && f.severity().atLeast(threshold));
    }

    /** Findings by severity, most severe first, waived ones included. */
    public Map<Severity, Integer> bySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Finding f : findings()) {
            counts.merge(f.severity(), 1, Integer::sum);
        }
        return counts;
    }

    public long waived() {
        return findings().stream().filter(Finding::waived).count();
    }
}
