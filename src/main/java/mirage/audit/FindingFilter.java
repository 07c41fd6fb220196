package mirage.audit;

import java.util.List;
import java.util.Set;
import mirage.engine.Audit;
import mirage.engine.Finding;
import mirage.facts.Unassessed;

/**
 * Which findings a run reports: {@code --only} and {@code --skip} select traps, a baseline
 * drops findings already known. Verdicts and waivers are left whole: they judge the body.
 *
 * @param only     trap ids to keep, or empty for all
 * @param skip     trap ids to drop
 * @param baseline fingerprints of findings already reported, or empty
 */
public record FindingFilter(Set<String> only, Set<String> skip, Set<String> baseline) {

    public static final FindingFilter ALL = new FindingFilter(Set.of(), Set.of(), Set.of());

    public boolean selects(String trap) {
        return (only.isEmpty() || only.contains(trap)) && !skip.contains(trap);
    }

    public boolean keeps(Finding finding) {
        return selects(finding.trap().id()) && !baseline.contains(finding.fingerprint());
    }

    /** The findings of selected traps that the baseline already has: reports say how many they leave out. */
    public List<Finding> known(Audit audit) {
        return audit.findings().stream()
                .filter(f -> selects(f.trap().id()) && baseline.contains(f.fingerprint()))
                .toList();
    }

    public Audit apply(Audit audit) {
        List<Finding> findings = audit.findings().stream().filter(this::keeps).toList();
        List<Unassessed> notAssessed = audit.notAssessed().stream().filter(u -> selects(u.trap())).toList();
        return new Audit(audit.dossier(), findings, audit.verdicts(), notAssessed, audit.waivers(), audit.exemptedBy());
    }
}
