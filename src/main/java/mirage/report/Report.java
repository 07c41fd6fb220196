package mirage.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mirage.engine.Finding;
import mirage.engine.Severity;
import mirage.engine.TrapDefinition;

/**
 * Everything one run found, for every writer: the inputs in order, each audited or not.
 *
 * @param version     Mirage's version
 * @param rulesDigest digest of the rule folders used
 * @param catalogue   every trap of the rule folders, in catalogue order (family, id)
 * @param checked     the ids of the traps this run checked ({@code --only}, {@code --skip})
 * @param skipped     files met in folders and not read (not a profile or charter)
 */
public record Report(String version, String rulesDigest, List<TrapDefinition> catalogue, Set<String> checked,
        List<InputResult> inputs, List<String> skipped) {

    public Report {
        catalogue = List.copyOf(catalogue);
        checked = Set.copyOf(checked);
        inputs = List.copyOf(inputs);
        skipped = List.copyOf(skipped);
    }

    /** The same report with other inputs (one file of a run, say). */
    public Report withInputs(List<InputResult> others) {
        return new Report(version, rulesDigest, catalogue, checked, others, skipped);
    }

    /** The traps this run checked, in catalogue order. */
    public List<TrapDefinition> checkedTraps() {
        return catalogue.stream().filter(t -> checked.contains(t.id())).toList();
    }

    /** The trap of the catalogue with this id, or null. */
    public TrapDefinition trap(String id) {
        return catalogue.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }

    /** Findings an earlier report already had ({@code --baseline}), left out of this one. */
    public int known() {
        return inputs.stream().mapToInt(i -> i.known().size()).sum();
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
