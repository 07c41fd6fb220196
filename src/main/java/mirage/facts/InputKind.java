package mirage.facts;

/** The kind of file a dossier was read from. */
public enum InputKind implements Labelled {
    PROFILE, CHARTER
}
