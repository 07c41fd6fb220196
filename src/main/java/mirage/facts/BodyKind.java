package mirage.facts;

/** The kind of a body (`kind`). */
public enum BodyKind implements Labelled {
    BOARD, ADVISORY_COMMITTEE, USERS_COMMITTEE, STEERING_COMMITTEE, COUNCIL, OTHER
}
