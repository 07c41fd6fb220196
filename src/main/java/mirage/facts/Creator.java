package mirage.facts;

/** Who set a body up (`created-by`). */
public enum Creator implements Labelled {
    ORGANISATION, LAW, ELECTED_OFFICIALS, USERS
}
