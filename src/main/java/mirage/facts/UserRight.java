package mirage.facts;

/** A right users hold as users, outside any body (`organisation.user-rights`). */
public enum UserRight implements Labelled {
    INFORMATION, COMPLAINT, APPEAL, ACCESS_TO_RECORDS, OMBUDSMAN
}
