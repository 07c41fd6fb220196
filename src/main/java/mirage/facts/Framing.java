package mirage.facts;

/** How a body's texts name the users (`framing`). */
public enum Framing implements Labelled {
    USERS, CITIZENS, CLIENTS, CO_PRODUCERS, PARTNERS, CO_CONSTRUCTION, CO_MANAGERS
}
