package mirage.config;

/** A trap id the config names (a severity, a skip, a waiver), where it names it: checked once the catalogue is loaded. */
record TrapName(String id, int line, int column) {}
