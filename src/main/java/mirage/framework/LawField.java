package mirage.framework;

import java.util.List;
import mirage.engine.Bilingual;

/**
 * One field of the profile format that a framework's law settles (a row of frameworks.md).
 *
 * @param path        the field's path ("chair", "representatives.selection")
 * @param values      the law's value; for a list field, the values the law adds to the charter's
 * @param list        whether the field is a list (its values are added, never replaced)
 * @param citation    the articles ("CASF D311-9")
 * @param sure        how sure the source is
 * @param binding     mandatory (another value departs from the law) or a default
 * @param alsoAllowed for a mandatory field, other values a charter may lawfully set (above a floor)
 * @param when        when given, the rule applies only if one of these phrases is in the opening
 *                    (scrutiny rules in a framework of council committees)
 * @param unless      the rule does not apply if one of these is in the opening (the law's exceptions)
 * @param clauseNames for a mandatory field, when given: a charter's clause departs from the law only if
 *                    its sentence names one of these (whom the rule protects: « résidents »); a clause
 *                    that names none is taken as about someone else (the managing body's delegate) and
 *                    set aside for the law's value, without a departure
 * @param gloss       what the value means here, shown in evidence ("on site, for users and families"), or null
 * @param note        how the row was mapped onto the field, for {@code mirage explain}, or null
 * @param line        where the field is declared in its framework file
 */
public record LawField(String path, List<String> values, boolean list, String citation, Certainty sure, Binding binding,
        List<String> alsoAllowed, Phrases when, Phrases unless, Phrases clauseNames, Bilingual gloss, Bilingual note,
        int line) {

    /** The law's value of a single-valued field. */
    public String value() {
        return values.get(0);
    }

    /** Whether the rule holds for a body whose opening (or name, for a profile) is this normalised text. */
    public boolean appliesTo(String normalisedText) {
        return (when.isEmpty() || when.firstIn(normalisedText) != null) && unless.firstIn(normalisedText) == null;
    }

    /** Whether a charter's sentence is about those the rule protects (always, when the field names none). */
    public boolean namedIn(String sentence) {
        return clauseNames.isEmpty() || sentence == null || clauseNames.firstIn(Phrases.normalise(sentence)) != null;
    }

    /** Whether a charter may set this value without departing from the law. */
    public boolean allows(String value) {
        return binding == Binding.DEFAULT || values.contains(value) || alsoAllowed.contains(value);
    }
}
