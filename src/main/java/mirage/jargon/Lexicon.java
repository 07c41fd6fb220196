package mirage.jargon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Producers' vocabulary of one language, read from a lexicon file of the rule folders
 * ({@code jargon/<lang>.lexicon}): one term per line, several words allowed, {@code *} at
 * the end of the last word for any ending, {@code #} for comments.
 */
record Lexicon(String language, List<List<String>> terms) {

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

    /** A lexicon that merges this one with more terms (a user's rule folder). */
    Lexicon plus(Lexicon more) {
        List<List<String>> all = new ArrayList<>(terms);
        all.addAll(more.terms);
        return new Lexicon(language, all);
    }

    /** The length in words of the term that starts at {@code words[i]}, or 0. */
    int match(List<String> words, int i) {
        int best = 0;
        for (List<String> term : terms) {
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
