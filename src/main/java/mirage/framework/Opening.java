package mirage.framework;

import java.util.List;

/**
 * Where a charter's framework is looked for: its naming part (the title and the first
 * paragraphs, which say what body the text sets up) and its opening (a little more, where
 * the kind of establishment, the statute and the place are usually named). Both normalised
 * ({@link Phrases#normalise}).
 */
public record Opening(String naming, String text) {

    /** Paragraphs after the title that belong to the naming part. */
    static final int NAMING_PARAGRAPHS = 2;
    /** No more of the charter is read for context and proof. */
    static final int MAX_CHARACTERS = 3_000;

    /** From the title and the first paragraphs of a charter, title first. */
    public static Opening of(List<String> titleAndParagraphs) {
        return of(titleAndParagraphs, "");
    }

    /**
     * From the title and the first paragraphs of a charter, and what else places it (the
     * front matter's organisation), which joins the opening but never the naming part.
     */
    public static Opening of(List<String> titleAndParagraphs, String context) {
        StringBuilder naming = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < titleAndParagraphs.size() && text.length() < MAX_CHARACTERS; i++) {
            String part = titleAndParagraphs.get(i);
            if (i <= NAMING_PARAGRAPHS) {
                naming.append(part).append('\n');
            }
            text.append(part, 0, Math.min(part.length(), MAX_CHARACTERS - text.length())).append('\n');
        }
        text.append(context);
        return new Opening(Phrases.normalise(naming.toString()), Phrases.normalise(text.toString()));
    }
}
