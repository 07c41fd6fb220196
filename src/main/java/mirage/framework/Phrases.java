package mirage.framework;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Phrases looked for in a charter's opening (frameworks.md: "Identified by"), matched as
 * whole words on text normalised the same way: lower case, accents and typographic
 * variants folded (titles in capitals often drop their accents), article numbers written
 * together ("L. 311-6", "L.311-6" and "L311-6" all read "l311-6").
 */
public record Phrases(List<String> phrases, List<String> normalised) {

    public static final Phrases NONE = of(List.of());

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ARTICLE = Pattern.compile("\\b([ldr])\\.?\\s*(\\d)");
    private static final Pattern NUMERO = Pattern.compile("\\bn\\s*[°º]\\s*");

    public static Phrases of(List<String> phrases) {
        return new Phrases(List.copyOf(phrases), phrases.stream().map(Phrases::normalise).toList());
    }

    public boolean isEmpty() {
        return phrases.isEmpty();
    }

    /** The first of these phrases (as written in the framework) found in normalised text, or null. */
    public String firstIn(String normalisedText) {
        for (int i = 0; i < normalised.size(); i++) {
            if (contains(normalisedText, normalised.get(i))) {
                return phrases.get(i);
            }
        }
        return null;
    }

    /** Text as phrases are matched against it. */
    public static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD);
        folded = MARKS.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'')
                .replace('\u2010', '-').replace('\u2011', '-').replace('\u2012', '-').replace('\u2013', '-')
                .replace('\u00a0', ' ').replace('\u202f', ' ');
        folded = SPACES.matcher(folded).replaceAll(" ");
        folded = NUMERO.matcher(folded).replaceAll("n°");
        return ARTICLE.matcher(folded).replaceAll("$1$2").strip();
    }

    /** Whether the phrase occurs with no letter or digit glued to its ends (where its ends are letters or digits). */
    static boolean contains(String text, String phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        boolean wordStart = Character.isLetterOrDigit(phrase.charAt(0));
        boolean wordEnd = Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1));
        int from = 0;
        while (true) {
            int at = text.indexOf(phrase, from);
            if (at < 0) {
                return false;
            }
            int end = at + phrase.length();
            boolean startOk = !wordStart || at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endOk = !wordEnd || end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = at + 1;
        }
    }
}
