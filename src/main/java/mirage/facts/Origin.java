package mirage.facts;

/**
 * Where a fact was read: a file, line and column (1-based), and for a charter the sentence
 * that stated it, or the fact that the charter is silent on it.
 *
 * @param sentence the charter sentence that gave the fact; null for a profile field
 * @param silent   true when the fact is read from what a charter does not say
 */
public record Origin(String file, int line, int column, String sentence, boolean silent) {

    /** A field of a profile. */
    public static Origin field(String file, int line, int column) {
        return new Origin(file, line, column, null, false);
    }

    /** A sentence of a charter. */
    public static Origin sentence(String file, int line, int column, String sentence) {
        return new Origin(file, line, column, sentence, false);
    }

    /** A fact a charter gives by not creating the safeguard; points at its title line. */
    public static Origin silence(String file, int line, int column) {
        return new Origin(file, line, column, null, true);
    }
}
