package mirage.engine;

import java.util.Locale;

/** How grave a trap is, from {@code info} to {@code critical}; declared in ascending order. */
public enum Severity {
    INFO, LOW, MEDIUM, HIGH, CRITICAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The severity spelled {@code label}, or null when there is none. */
    public static Severity byLabel(String label) {
        for (Severity s : values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        return null;
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
