package mirage.charter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import mirage.charter.CharterText.Block;
import mirage.charter.CharterText.Segment;

/** Splits a block of prose into sentences, each with the line and column where it starts. */
final class SentenceSplitter {

    /** Words that end with a period without ending a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("art", "arts", "m", "mm", "mme", "mmes", "mlle", "dr", "mr", "mrs",
            "ms", "st", "etc", "cf", "ex", "eg", "e.g", "i.e", "ie", "no", "nos", "n°", "p", "pp", "al", "vol", "ch", "chap",
            "para", "sect", "s", "vs", "c", "env", "approx", "inc", "ltd", "co", "dept", "min", "max", "tel", "tél");

    /** A sentence of a block, where it starts. */
    record Piece(String text, int line, int column) {}

    private SentenceSplitter() {}

    static List<Piece> split(Block block) {
        String text = block.text();
        int[] starts = new int[block.segments().size()];
        int offset = 0;
        for (int k = 0; k < starts.length; k++) {
            starts[k] = offset;
            offset += block.segments().get(k).text().length() + 1;
        }
        List<Piece> pieces = new ArrayList<>();
        int begin = 0;
        for (int end : breaks(text)) {
            add(pieces, block, starts, text, begin, end);
            begin = end;
        }
        add(pieces, block, starts, text, begin, text.length());
        return pieces;
    }

    /** The last sentence of a text. */
    static String lastSentence(String text) {
        List<Integer> breaks = breaks(text);
        return breaks.isEmpty() ? text : text.substring(breaks.get(breaks.size() - 1)).strip();
    }

    private static void add(List<Piece> pieces, Block block, int[] starts, String text, int begin, int end) {
        String raw = text.substring(begin, end);
        int lead = raw.length() - raw.stripLeading().length();
        String sentence = CharterParser.clean(raw);
        if (sentence.isEmpty() || sentence.chars().noneMatch(Character::isLetter)) {
            return;
        }
        int at = begin + lead;
        int k = java.util.Arrays.binarySearch(starts, at);
        k = k >= 0 ? k : Math.max(0, -k - 2);
        Segment segment = block.segments().get(k);
        pieces.add(new Piece(sentence, segment.line(), segment.column() + (at - starts[k])));
    }

    /** Offsets where a new sentence starts. */
    private static List<Integer> breaks(String text) {
        List<Integer> breaks = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < text.length() && "»\"”')]".indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            if (j >= text.length() || !Character.isWhitespace(text.charAt(j))) {
                continue;
            }
            int next = j;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next >= text.length()) {
                continue;
            }
            char n = text.charAt(next);
            boolean opens = Character.isUpperCase(n) || Character.isDigit(n) || "«\"“(".indexOf(n) >= 0;
            if (opens && !(c == '.' && abbreviation(text, i))) {
                breaks.add(next);
            }
        }
        return breaks;
    }

    private static boolean abbreviation(String text, int period) {
        int start = period;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && text.charAt(start - 1) != '(') {
            start--;
        }
        String word = text.substring(start, period).toLowerCase(Locale.ROOT);
        return word.length() == 1 && Character.isLetter(word.charAt(0)) || ABBREVIATIONS.contains(word);
    }
}
