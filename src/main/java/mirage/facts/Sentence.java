package mirage.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence of a charter, for recognition rules to read: its text in lower case, its
 * language, where it starts, and who it is about.
 *
 * <p>Rules read it with {@link #has} (a cheap filter), {@link #says} (a regular expression)
 * and {@link #affirms} (the same, unless negated in its clause). In expressions, {@code {n}}
 * stands for a number in digits or words.
 *
 * @param lower       the text in lower case, typographic apostrophes and spaces made plain
 * @param lang        "fr" or "en"
 * @param subject     the words before the sentence's first verb, in lower case
 * @param aboutOthers the sentence is about other people (staff, the director), not the
 *                    body, its members or the users
 */
public record Sentence(int index, String text, String lower, String lang, Origin origin, String subject,
        boolean aboutOthers) {

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()]|\\b(mais|but|however|toutefois|cependant|sauf|except|unless|whereas|tandis)\\b");
    private static final Set<String> NEGATIONS = Set.of("ne", "n", "pas", "jamais", "aucun", "aucune", "nullement", "ni",
            "sans", "non", "not", "no", "never", "neither", "nor", "without", "cannot", "none", "nothing", "rien", "nul", "nulle");

    /** Normalises a text the way {@link #lower} is made. */
    public static String lowerOf(String text) {
        return text.toLowerCase(java.util.Locale.ROOT)
                .replace('\u2019', '\'').replace('\u00a0', ' ').replace('\u202f', ' ')
                .replaceAll("\\s+", " ").strip();
    }

    /** Whether the sentence contains this fragment (lower case): a cheap test to put first. */
    public boolean has(String fragment) {
        return lower.contains(fragment);
    }

    /** The first match of {@code regex} in the sentence, negated or not; null when none. */
    public Phrase says(String regex) {
        Matcher m = pattern(regex).matcher(lower);
        return m.find() ? phrase(m) : null;
    }

    /**
     * The first match of {@code regex} that no negation governs ("ne ... pas", "not",
     * "aucun", "without"... earlier in the same clause); null when there is none.
     */
    public Phrase affirms(String regex) {
        Matcher m = pattern(regex).matcher(lower);
        while (m.find()) {
            if (!negated(m.start(), m.end())) {
                return phrase(m);
            }
        }
        return null;
    }

    /** Whether a negation governs the text between {@code start} and {@code end}. */
    boolean negated(int start, int end) {
        int clauseStart = 0;
        Matcher breaks = CLAUSE_BREAK.matcher(lower);
        while (breaks.find() && breaks.end() <= start) {
            clauseStart = breaks.end();
        }
        String before = lower.substring(clauseStart, start);
        for (String word : before.split("[^\\p{L}]+")) {
            if (NEGATIONS.contains(word)) {
                return true;
            }
        }
        for (String word : lower.substring(start, end).split("[^\\p{L}]+")) {
            if (word.equals("pas") || word.equals("not") || word.equals("never") || word.equals("jamais")) {
                return true;
            }
        }
        return false;
    }

    private static Phrase phrase(Matcher m) {
        List<String> groups = new ArrayList<>();
        for (int i = 1; i <= m.groupCount(); i++) {
            groups.add(m.group(i));
        }
        return new Phrase(m.group(), groups);
    }

    private static Pattern pattern(String regex) {
        // A number stands alone: {n} never matches inside a word ("six" in "sixième").
        return PATTERNS.computeIfAbsent(regex, r -> Pattern.compile(r.replace("{n}", "(?<![\\p{L}\\d])" + Numbers.PATTERN + "(?![\\p{L}\\d])"),
                Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE));
    }
}
