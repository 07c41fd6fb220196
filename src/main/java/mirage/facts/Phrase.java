package mirage.facts;

import java.util.List;

/**
 * What a recognition rule found in a sentence: the matched words and its groups, with
 * numbers readable in digits or in words ("quinze", "twenty-one").
 */
public record Phrase(String text, List<String> groups) {

    /** Group {@code n} (1-based) of the match, or null when it did not take part. */
    public String group(int n) {
        return n >= 1 && n <= groups.size() ? groups.get(n - 1) : null;
    }

    /** Group {@code n} read as a whole number, or null when it is not one. */
    public Integer number(int n) {
        return Numbers.parse(group(n));
    }
}
