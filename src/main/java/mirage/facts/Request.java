package mirage.facts;

/** What representatives are asked to do (`representatives.asked-to`). */
public enum Request implements Labelled {
    REPRESENT_USERS, ACT_AS_MANAGERS, SERVE_ORGANISATION_INTEREST, SPEAK_WITH_ONE_VOICE, COPRODUCE
}
