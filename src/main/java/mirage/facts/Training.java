package mirage.facts;

/** The training given to representatives (`representatives.training`). */
public enum Training implements Labelled {
    NONE, RIGHTS, MANAGEMENT, TECHNICAL
}
