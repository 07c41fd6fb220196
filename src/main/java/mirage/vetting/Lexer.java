package mirage.vetting;

import java.util.ArrayList;
import java.util.List;
import mirage.vetting.Token.Kind;

/**
 * Splits a rule file into the tokens Java and Drools see: identifiers, numbers, strings and
 * symbols, without comments. It errs on the side of code: nothing it takes for a string or a
 * comment can be code to the Java compiler or to MVEL, so that every identifier they would
 * read is vetted. What could let the two disagree is refused outright: unicode escapes
 * (which Java applies even inside strings and comments), non-ASCII characters outside
 * strings and comments (invisible or look-alike letters in names), unterminated strings.
 */
final class Lexer {

    private static final String[] SYMBOLS = {">>>=", "<<=", ">>=", "...", "->", "::", "==", "!=", "<=", ">=", "&&", "||",
        "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", ":=", "!."};

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Refusal> refusals;
    private final String file;
    private int i;
    private int line = 1;
    private int lineStart;

    private Lexer(String file, String text, List<Refusal> refusals) {
        this.file = file;
        this.text = text;
        this.refusals = refusals;
    }

    /** The tokens of a whole file; what cannot be read safely is added to {@code refusals}. */
    static List<Token> tokens(String file, String text, List<Refusal> refusals) {
        Lexer lexer = new Lexer(file, text, refusals);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && unicodeEscape()) {
                refuse("a unicode escape (\\u...): Java reads it as code even inside a string or a comment; write the character itself");
                i++;
            } else if (c == '\n') {
                newLine(i + 1);
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("//", i)) {
                while (i < text.length() && text.charAt(i) != '\n') {
                    checkEscape();
                    i++;
                }
            } else if (text.startsWith("/*", i)) {
                comment();
            } else if (c == '"' || c == '\'') {
                string(c);
            } else if (c < 128 && Character.isJavaIdentifierStart(c)) {
                word();
            } else if (c >= '0' && c <= '9' || c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                number();
            } else if (c >= 128) {
                refuse("the character U+%04X outside a string or a comment; names in rules are plain ASCII".formatted((int) c));
                i++;
            } else {
                symbol();
            }
        }
    }

    private void newLine(int next) {
        line++;
        lineStart = next;
    }

    /** A backslash that starts a unicode escape: an odd run of backslashes followed by 'u'. */
    private boolean unicodeEscape() {
        int start = i;
        while (start > 0 && text.charAt(start - 1) == '\\') {
            start--;
        }
        int end = i;
        while (end < text.length() && text.charAt(end) == '\\') {
            end++;
        }
        return (end - start) % 2 == 1 && end < text.length() && text.charAt(end) == 'u' && i == end - 1;
    }

    private void checkEscape() {
        if (text.charAt(i) == '\\' && unicodeEscape()) {
            refuse("a unicode escape (\\u...): Java reads it as code even inside a string or a comment; write the character itself");
        }
    }

    private void comment() {
        int startLine = line;
        int startColumn = i - lineStart + 1;
        i += 2;
        while (i < text.length() && !text.startsWith("*/", i)) {
            checkEscape();
            if (text.charAt(i) == '\n') {
                newLine(i + 1);
            }
            i++;
        }
        if (i >= text.length()) {
            refusals.add(new Refusal(file, startLine, startColumn, "a comment opened with /* is never closed"));
        }
        i += 2;
    }

    private void string(char quote) {
        int startLine = line;
        int startColumn = i - lineStart + 1;
        int start = i;
        if (quote == '"' && text.startsWith("\"\"\"", i) && textBlockOpens(i + 3)) {
            i += 3;
            while (i < text.length() && !text.startsWith("\"\"\"", i)) {
                checkEscape();
                if (text.charAt(i) == '\\') {
                    i++;
                } else if (text.charAt(i) == '\n') {
                    newLine(i + 1);
                }
                i++;
            }
            if (i >= text.length()) {
                refusals.add(new Refusal(file, startLine, startColumn, "a text block is never closed"));
            }
            i += 3;
            tokens.add(new Token(Kind.STRING, text.substring(start, Math.min(i, text.length())), startLine, startColumn));
            return;
        }
        i++;
        while (i < text.length() && text.charAt(i) != quote) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                refusals.add(new Refusal(file, startLine, startColumn, "a string is not closed on its line"));
                return;
            }
            checkEscape();
            i += c == '\\' ? 2 : 1;
        }
        if (i >= text.length()) {
            refusals.add(new Refusal(file, startLine, startColumn, "a string is never closed"));
            return;
        }
        i++;
        tokens.add(new Token(Kind.STRING, text.substring(start, i), startLine, startColumn));
    }

    /** Java opens a text block only when the three quotes end their line. */
    private boolean textBlockOpens(int at) {
        int k = at;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\f')) {
            k++;
        }
        return k < text.length() && (text.charAt(k) == '\n' || text.charAt(k) == '\r');
    }

    private void word() {
        int start = i;
        while (i < text.length() && text.charAt(i) < 128 && Character.isJavaIdentifierPart(text.charAt(i))
                && !Character.isIdentifierIgnorable(text.charAt(i))) {
            i++;
        }
        tokens.add(new Token(Kind.IDENT, text.substring(start, i), line, start - lineStart + 1));
    }

    /** Digits, letters (hex, exponents, suffixes) and at most one '.' followed by a digit. */
    private void number() {
        int start = i;
        boolean dot = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '_')) {
                i++;
            } else if (c == '.' && !dot && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                dot = true;
                i++;
            } else if ((c == '+' || c == '-') && (text.charAt(i - 1) == 'e' || text.charAt(i - 1) == 'E')
                    && !text.startsWith("0x", start) && !text.startsWith("0X", start)) {
                i++;
            } else {
                break;
            }
        }
        tokens.add(new Token(Kind.NUMBER, text.substring(start, i), line, start - lineStart + 1));
    }

    private void symbol() {
        for (String s : SYMBOLS) {
            if (text.startsWith(s, i)) {
                tokens.add(new Token(Kind.SYMBOL, s, line, i - lineStart + 1));
                i += s.length();
                return;
            }
        }
        tokens.add(new Token(Kind.SYMBOL, String.valueOf(text.charAt(i)), line, i - lineStart + 1));
        i++;
    }

    private void refuse(String what) {
        refusals.add(new Refusal(file, line, i - lineStart + 1, what));
    }
}
