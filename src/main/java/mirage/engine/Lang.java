package mirage.engine;

/** The language of titles, evidence and remedies in reports. */
public enum Lang {
    EN, FR
}
