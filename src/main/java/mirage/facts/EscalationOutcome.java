package mirage.facts;

/** What became of an escalated proposal (`proposals[].escalation-outcome`). */
public enum EscalationOutcome implements Labelled {
    ADOPTED, REJECTED, PENDING
}
