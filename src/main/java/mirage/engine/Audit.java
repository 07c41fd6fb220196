package mirage.engine;

import java.io.Serializable;
import java.util.List;
import mirage.facts.Dossier;
import mirage.facts.Unassessed;

/**
 * The audit of one dossier: its findings (waived ones included, marked), the verdict of
 * each body, the traps it lacked facts for, and what became of its waivers.
 *
 * @param exemptedBy the trap (the community model) that suspends the producer/user traps, or null
 */
public record Audit(
        Dossier dossier,
        List<Finding> findings,
        List<Verdict> verdicts,
        List<Unassessed> notAssessed,
        List<WaiverStatus> waivers,
        String exemptedBy) implements Serializable {

    /** This audit keeping of its dossier only what reports need (see {@link Dossier#slim()}). */
    public Audit slim() {
        return new Audit(dossier.slim(), findings, verdicts, notAssessed, waivers, exemptedBy);
    }
}
