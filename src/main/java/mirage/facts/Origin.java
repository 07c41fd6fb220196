package mirage.facts;

import java.io.Serializable;

/**
 * Where a fact was read: a file, line and column (1-based), and for a charter the sentence
 * that stated it, or the field it is silent on; for a fact the law settles, that law.
 *
 * @param sentence the charter sentence that gave the fact; null for a profile field
 * @param silentOn the field (profile path) a charter gives by not creating a safeguard, or null
 * @param law      the law that settles the fact (the body's framework), or null
 */
public record Origin(String file, int line, int column, String sentence, String silentOn, Law law) implements Serializable {

    /** A field of a profile. */
    public static Origin field(String file, int line, int column) {
        return new Origin(file, line, column, null, null, null);
    }

    /** A sentence of a charter. */
    public static Origin sentence(String file, int line, int column, String sentence) {
        return new Origin(file, line, column, sentence, null, null);
    }

    /** A fact a charter gives by its silence on a field; points at the charter's title line. */
    public static Origin silence(String file, int line, int column, String field) {
        return new Origin(file, line, column, null, field, null);
    }

    /**
     * A fact the law that governs the body settles; points at the charter's title line, or
     * at the profile's {@code framework} field.
     */
    public static Origin law(String file, int line, int column, Law law) {
        return new Origin(file, line, column, null, null, law);
    }

    public boolean silent() {
        return silentOn != null;
    }

    /** Whether the law, not the input, gave this fact. */
    public boolean fromLaw() {
        return law != null;
    }
}
