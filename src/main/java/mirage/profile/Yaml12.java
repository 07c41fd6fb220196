package mirage.profile;

import java.math.BigInteger;

/**
 * Plain YAML scalars as YAML 1.2 reads them (profile-format.md), where Jackson and SnakeYAML
 * follow YAML 1.1: only {@code true} and {@code false} are booleans and only {@code null}
 * (or nothing) is null, so {@code True}, {@code Null} or {@code ~} are text; an integer is
 * decimal digits ({@code 012} is twelve) or hexadecimal ({@code 0x1F}), so {@code 1_000},
 * {@code 0b101} and {@code 1:20} are text. Words like {@code yes}, {@code no} and {@code on}
 * are already text through Jackson's {@code PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS}. Text in a
 * field that wants a flag or a count is then an error with its position, not a guess.
 */
final class Yaml12 {

    private Yaml12() {}

    static boolean isBoolean(String text) {
        return text.equals("true") || text.equals("false");
    }

    static boolean isNull(String text) {
        return text.isEmpty() || text.equals("null");
    }

    /** A Long (or the digits as text when past a long), or the text itself when YAML 1.2 reads no integer. */
    static Object integer(String text) {
        int start = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
        if (start < text.length() && allDigits(text, start)) {
            BigInteger value = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
            return value.bitLength() < 64 ? (Object) value.longValue() : (Object) value.toString();
        }
        if (text.startsWith("0x") && text.length() > 2 && text.substring(2).chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            BigInteger value = new BigInteger(text.substring(2), 16);
            return value.bitLength() < 64 ? (Object) value.longValue() : (Object) value.toString();
        }
        return text;
    }

    private static boolean allDigits(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
