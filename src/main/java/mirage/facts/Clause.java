package mirage.facts;

/**
 * A fact a charter's sentence gives, as a recognition rule read it: a field of the profile
 * format and its value ("power" = "advisory", "seats.users" = "4").
 *
 * @param rule the recognition rule that read it
 */
public record Clause(String field, String value, Origin origin, String rule) {}
