package mirage.facts;

/** Who made a proposal (`proposals[].by`). */
public enum Author implements Labelled {
    USERS, REPRESENTATIVES, STAFF
}
