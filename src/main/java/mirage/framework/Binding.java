package mirage.framework;

import java.util.Locale;

/** What a field the law settles does to a charter that says otherwise. */
public enum Binding {
    /** The law's value (or one it allows) is the only lawful one: another is {@code departs-from-law}, and the law's applies. */
    MANDATORY,
    /** The law's value applies where the charter is silent; a charter may set another. */
    DEFAULT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
