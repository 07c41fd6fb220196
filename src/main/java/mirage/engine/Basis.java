package mirage.engine;

import java.util.Locale;

/** What a finding rests on: facts the input states (or the law sets), or its silence alone. */
public enum Basis {
    /** At least one of its facts is stated by the input, or set by the law. */
    STATED,
    /**
     * Every one of its facts was read from a charter's silence (traps.md, sections H and I):
     * the finding is one severity step lower, never below {@code low}.
     */
    SILENCE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
