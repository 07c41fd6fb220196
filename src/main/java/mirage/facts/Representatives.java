package mirage.facts;

import java.io.Serializable;
import java.util.Set;

/** How a body's user representatives are named and bound; a field not given is null. */
public record Representatives(
        Selection selection,
        Mandate mandate,
        Boolean reportBack,
        Boolean alsoProducers,
        Set<Request> askedTo,
        Set<Obligation> obligations,
        Training training) implements Serializable {

    public static final Representatives UNKNOWN =
            new Representatives(null, null, null, null, null, null, null);

    /** Whether anything at all is known about the representatives. */
    public boolean given() {
        return !equals(UNKNOWN);
    }
}
