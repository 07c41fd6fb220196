package mirage.facts;

import java.io.Serializable;

/** The seats of a body; a count not given is null (unknown). */
public record Seats(Integer users, Integer total, Integer electedOfficials, Integer professionals) implements Serializable {

    public static final Seats UNKNOWN = new Seats(null, null, null, null);
}
