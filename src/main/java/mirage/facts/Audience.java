package mirage.facts;

/** For whom a document is written (`documents[].audience`). */
public enum Audience implements Labelled {
    REPRESENTATIVES, USERS, PUBLIC
}
