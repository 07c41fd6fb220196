package mirage.facts;

/** What became of a proposal (`proposals[].outcome`). */
public enum Outcome implements Labelled {
    ADOPTED, REJECTED, IGNORED, PENDING
}
