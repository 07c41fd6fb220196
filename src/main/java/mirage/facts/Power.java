package mirage.facts;

/** What a body can do with its opinions (`power`). */
public enum Power implements Labelled {
    NONE, INFORMATION, ADVISORY, CO_DECISION, DECISION, VETO
}
