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
 * and {@link #affirms} (the same, unless negated in its clause). Expressions are matched
 * against {@link #lower}, so they are written in lower case. In expressions, {@code {n}}
 * stands for a number in digits or words.
 *
 * @param lower       the text in lower case, typographic apostrophes and spaces made plain
 * @param lang        "fr" or "en"
 * @param subject     the words before the sentence's first verb, in lower case
 * @param aboutOthers the sentence is about other people (staff, the director), not the
 *                    body, its members or the users
 * @param pairs       the pairs of adjacent characters of {@link #lower}, for {@link #has}
 */
public record Sentence(int index, String text, String lower, String lang, Origin origin, String subject,
        boolean aboutOthers, Pairs pairs) {

    public Sentence(int index, String text, String lower, String lang, Origin origin, String subject, boolean aboutOthers) {
        this(index, text, lower, lang, origin, subject, aboutOthers, Pairs.of(lower));
    }

    /**
     * The pairs of adjacent characters of a text, hashed into 256 bits: a fragment with a
     * pair the sentence lacks cannot be in it. Recognition rules test several fragments on
     * every sentence; most are refused by these bits without scanning the text.
     */
    public record Pairs(long a, long b, long c, long d) {

        private static final Map<String, Pairs> FRAGMENTS = new ConcurrentHashMap<>();
        /** Fragments are the rules' literals; past this many, they are not kept. */
        private static final int MAX_FRAGMENTS = 10_000;

        static Pairs of(String text) {
            long[] bits = new long[4];
            for (int i = 1; i < text.length(); i++) {
                int h = (text.charAt(i - 1) * 31 + text.charAt(i)) & 0xFF;
                bits[h >>> 6] |= 1L << (h & 63);
            }
            return new Pairs(bits[0], bits[1], bits[2], bits[3]);
        }

        static Pairs ofFragment(String fragment) {
            Pairs pairs = FRAGMENTS.get(fragment);
            if (pairs == null) {
                pairs = of(fragment);
                if (FRAGMENTS.size() < MAX_FRAGMENTS) {
                    FRAGMENTS.put(fragment, pairs);
                }
            }
            return pairs;
        }

        boolean mayContain(Pairs other) {
            return (other.a & ~a) == 0 && (other.b & ~b) == 0 && (other.c & ~c) == 0 && (other.d & ~d) == 0;
        }
    }

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()]|\\b(mais|but|however|toutefois|cependant|sauf|except|unless|whereas|tandis)\\b");
    private static final Set<String> NEGATIONS = Set.of("ne", "n", "pas", "jamais", "aucun", "aucune", "nullement", "ni",
            "sans", "non", "not", "no", "never", "neither", "nor", "without", "cannot", "none", "nothing", "rien", "nul", "nulle");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    /** Normalises a text the way {@link #lower} is made. */
    public static String lowerOf(String text) {
        return text.toLowerCase(java.util.Locale.ROOT)
                .replace('\u2019', '\'').replace('\u00a0', ' ').replace('\u202f', ' ')
                .transform(t -> SPACES.matcher(t).replaceAll(" ")).strip();
    }

    /** Whether the sentence contains this fragment (lower case): a cheap test to put first. */
    public boolean has(String fragment) {
        return pairs.mayContain(Pairs.ofFragment(fragment)) && lower.contains(fragment);
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
        Negations negations = null;
        while (m.find()) {
            negations = negations != null ? negations : new Negations(lower);
            if (!negations.govern(m.start(), m.end())) {
                return phrase(m);
            }
        }
        return null;
    }

    /** Whether a negation governs the text between {@code start} and {@code end}. */
    boolean negated(int start, int end) {
        return new Negations(lower).govern(start, end);
    }

    /**
     * Where the clauses of a sentence start and where its negation words are, found once so
     * that testing every match of an expression stays linear in the sentence's length.
     */
    private static final class Negations {
        private final String lower;
        private final int[] clauseStarts;
        private final int[] negationStarts;
        private final int[] negationEnds;

        Negations(String lower) {
            this.lower = lower;
            List<Integer> starts = new ArrayList<>();
            Matcher breaks = CLAUSE_BREAK.matcher(lower);
            while (breaks.find()) {
                starts.add(breaks.end());
            }
            clauseStarts = starts.stream().mapToInt(Integer::intValue).toArray();
            List<int[]> words = new ArrayList<>();
            int i = 0;
            while (i < lower.length()) {
                if (!Character.isLetter(lower.charAt(i))) {
                    i++;
                    continue;
                }
                int from = i;
                while (i < lower.length() && Character.isLetter(lower.charAt(i))) {
                    i++;
                }
                if (NEGATIONS.contains(lower.substring(from, i))) {
                    words.add(new int[] {from, i});
                }
            }
            negationStarts = words.stream().mapToInt(w -> w[0]).toArray();
            negationEnds = words.stream().mapToInt(w -> w[1]).toArray();
        }

        boolean govern(int start, int end) {
            int k = java.util.Arrays.binarySearch(clauseStarts, start);
            int clauseStart = k >= 0 ? clauseStarts[k] : (-k - 2 >= 0 ? clauseStarts[-k - 2] : 0);
            // a whole negation word between the clause's start and the match
            int w = java.util.Arrays.binarySearch(negationStarts, clauseStart);
            w = w >= 0 ? w : -w - 1;
            if (w < negationStarts.length && negationEnds[w] <= start) {
                return true;
            }
            // the word the match starts inside, cut where the match starts ("n" of "n'")
            int from = start;
            while (from > clauseStart && Character.isLetter(lower.charAt(from - 1))) {
                from--;
            }
            if (from < start && NEGATIONS.contains(lower.substring(from, start))) {
                return true;
            }
            return negatedInside(start, end);
        }

        private boolean negatedInside(int start, int end) {
            for (String word : NON_LETTERS.split(lower.substring(start, end))) {
                if (word.equals("pas") || word.equals("not") || word.equals("never") || word.equals("jamais")) {
                    return true;
                }
            }
            return false;
        }
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
        // Patterns run on the lower-case text and are written in lower case: matching
        // without case folding is several times faster on long charters.
        return PATTERNS.computeIfAbsent(regex, r -> Pattern.compile(r.replace("{n}", "(?<![\\p{L}\\d])" + Numbers.PATTERN + "(?![\\p{L}\\d])")));
    }
}
