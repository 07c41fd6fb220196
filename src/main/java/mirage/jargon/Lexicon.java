package mirage.jargon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Producers' vocabulary of one language, read from a lexicon file of the rule folders
 * ({@code jargon/<lang>.lexicon}): one term per line, several words allowed, {@code *} at
 * the end of the last word for any ending, {@code #} for comments. Terms are indexed by
 * their first word (or its first letters, for a word ending in {@code *}), so a text is
 * matched in one pass whatever the size of the lexicon.
 */
final class Lexicon {

    private static final int PREFIX = 3;

    private final String language;
    private final List<List<String>> terms;
    private final Map<String, List<List<String>>> byFirstWord = new HashMap<>();
    private final Map<String, List<List<String>>> byPrefix = new HashMap<>();
    private final List<List<String>> shortPrefixes = new ArrayList<>();

    Lexicon(String language, List<List<String>> terms) {
        this.language = language;
        this.terms = List.copyOf(terms);
        for (List<String> term : this.terms) {
            String first = term.get(0);
            if (!first.endsWith("*")) {
                byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(term);
            } else if (first.length() - 1 >= PREFIX) {
                byPrefix.computeIfAbsent(first.substring(0, PREFIX), k -> new ArrayList<>()).add(term);
            } else {
                shortPrefixes.add(term);
            }
        }
    }

    static Lexicon parse(String language, String text) {
        List<List<String>> terms = new ArrayList<>();
        for (String line : text.split("\n")) {
            String term = line.replaceFirst("#.*", "").strip().toLowerCase(Locale.ROOT);
            if (!term.isEmpty()) {
                terms.add(Words.split(term.replace("*", "\u0000")).stream()
                        .map(w -> w.replace("\u0000", "*")).toList());
            }
        }
        return new Lexicon(language, terms);
    }

    String language() {
        return language;
    }

    /** A lexicon that merges this one with more terms (a user's rule folder). */
    Lexicon plus(Lexicon more) {
        List<List<String>> all = new ArrayList<>(terms);
        all.addAll(more.terms);
        return new Lexicon(language, all);
    }

    /** The length in words of the longest term that starts at {@code words[i]}, or 0. */
    int match(List<String> words, int i) {
        String word = words.get(i);
        int best = longest(byFirstWord.get(word), words, i, 0);
        if (word.length() >= PREFIX) {
            best = longest(byPrefix.get(word.substring(0, PREFIX)), words, i, best);
        }
        return longest(shortPrefixes, words, i, best);
    }

    private static int longest(List<List<String>> candidates, List<String> words, int i, int best) {
        if (candidates == null) {
            return best;
        }
        for (List<String> term : candidates) {
            if (term.size() > best && i + term.size() <= words.size() && matches(term, words, i)) {
                best = term.size();
            }
        }
        return best;
    }

    private static boolean matches(List<String> term, List<String> words, int i) {
        for (int k = 0; k < term.size(); k++) {
            String t = term.get(k);
            String w = words.get(i + k);
            boolean ok = t.endsWith("*") ? w.startsWith(t.substring(0, t.length() - 1)) : w.equals(t);
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
