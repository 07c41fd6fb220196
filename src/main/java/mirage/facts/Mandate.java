package mirage.facts;

/** The mandate of a representative (`mandate`, `elected-mandate`). */
public enum Mandate implements Labelled {
    IMPERATIVE, FREE
}
