package mirage.facts;

/** How user representatives are named (`representatives.selection`). */
public enum Selection implements Labelled {
    ELECTED_BY_USERS, DRAWN_BY_LOT, VOLUNTEERS, COOPTED, APPOINTED_BY_ORGANISATION, APPOINTED_BY_AUTHORITY
}
