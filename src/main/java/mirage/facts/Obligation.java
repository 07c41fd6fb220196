package mirage.facts;

/** A duty binding representatives (`representatives.obligations`). */
public enum Obligation implements Labelled {
    CONFIDENTIALITY, COLLECTIVE_SOLIDARITY, NON_DISPARAGEMENT, WAIVE_COMPLAINTS, DUTY_OF_RESERVE
}
