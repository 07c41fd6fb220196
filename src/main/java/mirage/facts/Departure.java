package mirage.facts;

import java.io.Serializable;

/**
 * A field that an input sets against a mandatory rule of its body's framework: the body is
 * audited with the law's value, and this fact keeps what the input said, where
 * ({@code departs-from-law}).
 *
 * @param body      the body's id
 * @param field     the field's path in the profile format ("chair")
 * @param stated    the value the input gave ("professional")
 * @param law       the value the law sets ("user")
 * @param framework the framework's id ("fr-cvs")
 * @param citation  the articles ("CASF D311-9")
 * @param at        where the input gave its value: the clause, or the profile field
 */
public record Departure(String body, String field, String stated, String law, String framework, String citation, Origin at)
        implements Serializable {}
