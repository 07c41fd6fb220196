package mirage.facts;

/** Who sets a body's agenda (`agenda-set-by`). */
public enum AgendaSetter implements Labelled {
    USERS, ELECTED_OFFICIALS, PROFESSIONALS, SHARED
}
