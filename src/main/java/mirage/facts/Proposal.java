package mirage.facts;

/** Something users asked a body for, and what became of it ({@code proposals[]}). */
public record Proposal(
        String id,
        String body,
        Author by,
        String summary,
        Outcome outcome,
        Boolean reasonsGiven,
        String reason,
        Escalation escalatedTo,
        EscalationOutcome escalationOutcome,
        Origins origins) {

    public Origin at(String field) {
        return origins.at(field);
    }
}
