package mirage.jargon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Words, sentences and syllables of a text, for the jargon and readability measures. */
final class Words {

    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private Words() {}

    /** The words of a text, lower-case; elisions (l', d', qu') are split off and dropped. */
    static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '-' && word.length() > 0 || c == '\u0000') {
                word.append(c);
            } else {
                if (c == '\'' && word.length() <= 2) {
                    word.setLength(0); // l'usager, d'un, qu'il: keep the word after the apostrophe
                    continue;
                }
                flush(word, words);
            }
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        while (word.length() > 0 && word.charAt(word.length() - 1) == '-') {
            word.setLength(word.length() - 1);
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        word.setLength(0);
    }

    /** Sentences: split after . ! ? ; or a blank line; Markdown headings count as sentences. */
    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String block : BLANK_LINE.split(text)) {
            for (String s : SENTENCE_END.split(block.replace('\n', ' '))) {
                if (!split(s).isEmpty()) {
                    sentences.add(s.strip());
                }
            }
        }
        return sentences;
    }

    /** Syllables by vowel groups; a silent final e is not counted, every word has one. */
    static int syllables(String word) {
        String w = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
        int count = 0;
        boolean vowel = false;
        for (int i = 0; i < w.length(); i++) {
            boolean v = "aeiouy".indexOf(w.charAt(i)) >= 0;
            if (v && !vowel) {
                count++;
            }
            vowel = v;
        }
        if (w.length() > 2 && (w.endsWith("e") || w.endsWith("es")) && !w.endsWith("le") && count > 1) {
            count--;
        }
        return Math.max(1, count);
    }
}
