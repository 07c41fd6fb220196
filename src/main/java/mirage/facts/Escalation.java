package mirage.facts;

/** Where a proposal was taken after the body (`proposals[].escalated-to`). */
public enum Escalation implements Labelled {
    ELECTED_OFFICIAL, OMBUDSMAN, COURT, MEDIA, PETITION
}
