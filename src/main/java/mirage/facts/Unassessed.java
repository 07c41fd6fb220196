package mirage.facts;

import java.io.Serializable;
import java.util.List;

/**
 * A trap that could not be assessed because the dossier lacks facts it needs.
 *
 * @param body    the body id, or null for a trap of the organisation
 * @param missing the missing fields, by their path in the profile format
 */
public record Unassessed(String trap, String body, List<String> missing) implements Serializable {}
