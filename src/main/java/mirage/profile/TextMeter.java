package mirage.profile;

import mirage.facts.JargonMeasure;

/** Measures the producers' jargon of a document's text. */
@FunctionalInterface
public interface TextMeter {

    /** A meter that measures nothing: documents keep a null measure. */
    TextMeter NONE = (text, language) -> null;

    /** @param language a two-letter code, or null to guess it from the text */
    JargonMeasure measure(String text, String language);
}
