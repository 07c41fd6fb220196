package mirage.facts;

/** How an organisation relates producers and users (`organisation.model`). */
public enum Model implements Labelled {
    PUBLIC_SERVICE, COMMUNITY, MARKET
}
