package mirage.facts;

/** The organisation's duty to answer a body's proposals (`answers-proposals`). */
public enum AnswerDuty implements Labelled {
    NONE, WITHOUT_REASONS, WITH_REASONS
}
