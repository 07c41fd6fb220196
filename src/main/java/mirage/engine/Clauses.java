package mirage.engine;

import mirage.facts.Clause;
import mirage.facts.Sentence;

/**
 * What recognition rules call to say a sentence gives a fact: {@code
 * insert(Clauses.give(drools, $s, "power", "advisory"))}. The field is a path of the profile
 * format; the value is written as in a profile.
 */
public final class Clauses {

    private Clauses() {}

    public static Clause give(Object drools, Sentence sentence, String field, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("rule '" + Hits.ruleOf(drools).getName() + "' gives no value for " + field
                    + " (a group of its expression that did not match, or is not a number?)");
        }
        String text = value instanceof mirage.facts.Labelled l ? l.label() : String.valueOf(value);
        return new Clause(field, text, sentence.origin(), Hits.ruleOf(drools).getName());
    }
}
