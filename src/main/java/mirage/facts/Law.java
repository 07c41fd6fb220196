package mirage.facts;

import java.io.Serializable;

/**
 * The law a fact comes from when the framework that governs the body settles it, rather
 * than the charter or the profile (frameworks.md; traps.md, section I).
 *
 * @param framework the framework's id ("fr-cvs")
 * @param citation  the articles that settle the field ("CASF D311-9")
 * @param glossEn   what the law's value means here, in English ("on site, for users and
 *                  families"), or null
 * @param glossFr   the same in French, or null
 * @param prevails  true when the input set another value and the law's replaced it
 *                  (the input departs from the law: {@code departs-from-law})
 * @param charter   true when the input is a charter, false for a profile
 */
public record Law(String framework, String citation, String glossEn, String glossFr, boolean prevails, boolean charter)
        implements Serializable {}
