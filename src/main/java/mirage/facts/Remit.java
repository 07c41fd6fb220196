package mirage.facts;

/** What a body is asked to examine (`remit`). */
public enum Remit implements Labelled {
    RESULTS, SATISFACTION, USE_VALUE, DAILY_LIFE, COMPLAINTS, TECHNICAL_SPECIFICATIONS, BUDGETS, DESIGNS
}
