package mirage.facts;

/** To whom a body reports (`reports-to`). */
public enum ReportLine implements Labelled {
    ELECTED_COUNCIL, MANAGEMENT, USERS, REGULATOR
}
