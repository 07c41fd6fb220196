package mirage.facts;

/** Who chairs a body (`chair`). */
public enum Chair implements Labelled {
    USER, ELECTED_OFFICIAL, PROFESSIONAL, INDEPENDENT
}
