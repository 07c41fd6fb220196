package mirage.framework;

import mirage.engine.Bilingual;

/**
 * Something the law sets that is no field of the profile format (a floor of seats, a number
 * of meetings a year): shown by {@code mirage explain}, never read into facts.
 */
public record LawNote(Bilingual what, String citation, Certainty sure) {}
