package mirage.facts;

/**
 * A text handed to representatives or users ({@code documents[]}), with its measured
 * jargon when its text could be read.
 *
 * @param file   the document's file as the profile names it, or null for inline text
 * @param jargon null when the document gives no text or file
 */
public record Document(
        String body,
        int index,
        String title,
        Audience audience,
        String language,
        Boolean plainLanguageVersion,
        String file,
        JargonMeasure jargon,
        Origins origins) {

    public Origin at(String field) {
        return origins.at(field);
    }
}
