package mirage.facts;

import java.util.Locale;

/** A closed set of values spelled in kebab-case in profiles: {@code CO_DECISION} is "co-decision". */
public interface Labelled {

    String name();

    /** The spelling used in profiles and reports. */
    default String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
