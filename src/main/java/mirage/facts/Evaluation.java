package mirage.facts;

/** Who judges the results and use value of the service (`organisation.evaluation-of-results`). */
public enum Evaluation implements Labelled {
    NONE, BY_PRODUCERS, BY_USERS, INDEPENDENT
}
