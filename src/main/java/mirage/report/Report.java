package mirage.report;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
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
 * @param inputs      the inputs' results, which a folder's run keeps in a temporary file
 * @param skipped     files met in folders and not read (not a profile or charter)
 * @param config      the config file the run used, as reports name it, or null for none
 */
public record Report(String version, String rulesDigest, List<TrapDefinition> catalogue, Set<String> checked,
        InputResults inputs, List<String> skipped, String config) {

    public Report {
        catalogue = List.copyOf(catalogue);
        checked = Set.copyOf(checked);
        skipped = List.copyOf(skipped);
    }

    /** A report of a run without a config file. */
    public Report(String version, String rulesDigest, List<TrapDefinition> catalogue, Set<String> checked,
            InputResults inputs, List<String> skipped) {
        this(version, rulesDigest, catalogue, checked, inputs, skipped, null);
    }

    /** The same report with other inputs (one file of a run, say). */
    public Report withInputs(List<InputResult> others) {
        return new Report(version, rulesDigest, catalogue, checked, InputResults.of(others), skipped, config);
    }

    /** The same report, saying it used this config file. */
    public Report withConfig(String file) {
        return new Report(version, rulesDigest, catalogue, checked, inputs, skipped, file);
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
        return inputs.known();
    }

    /** Every finding of every input, by file, line, trap and subject, read input by input. */
    public Stream<Finding> findings() {
        return inputs.findings();
    }

    /** The same findings, for a for-each loop (each loop reads them anew). */
    public Iterable<Finding> eachFinding() {
        return () -> inputs.findings().iterator();
    }

    public int findingCount() {
        return inputs.findingCount();
    }

    public boolean hasInvalidInputs() {
        return inputs.invalid() > 0;
    }

    /** Whether an unwaived finding reaches {@code threshold}; never when it is null. */
    public boolean fails(Severity threshold) {
        return threshold != null && inputs.worstUnwaived() != null && inputs.worstUnwaived().atLeast(threshold);
    }

    /** Findings by severity, most severe first, waived ones included. */
    public Map<Severity, Integer> bySeverity() {
        return inputs.bySeverity();
    }

    public long waived() {
        return inputs.waived();
    }
}
