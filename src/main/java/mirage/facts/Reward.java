package mirage.facts;

/** What users get back for a contribution (`contributions[].return`). */
public enum Reward implements Labelled {
    NONE, INFLUENCE, COMPENSATION, RIGHTS, FEEDBACK
}
