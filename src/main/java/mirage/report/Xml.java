package mirage.report;

import java.io.IOException;
import java.io.Writer;

/**
 * A small XML writer for the JUnit report: indented elements, escaped text and attributes,
 * and characters XML 1.0 cannot hold dropped rather than written.
 */
final class Xml {

    private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    private int depth;

    /** Opens an element; {@code attributes} are name, value pairs, a null value left out. */
    Xml open(String name, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes);
        out.append(">\n");
        depth++;
        return this;
    }

    Xml close(String name) {
        depth--;
        indent().append("</").append(name).append(">\n");
        return this;
    }

    Xml empty(String name, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes);
        out.append("/>\n");
        return this;
    }

    /** An element holding text (written as it is, escaped; no indentation added inside). */
    Xml text(String name, String text, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes);
        out.append('>').append(escape(text, false)).append("</").append(name).append(">\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** Writes what has been made so far to {@code to} and forgets it; the nesting is kept. */
    void drain(Writer to) throws IOException {
        to.append(out);
        out.setLength(0);
    }

    private void attributes(String... attributes) {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1], true)).append('"');
            }
        }
    }

    private StringBuilder indent() {
        return out.append("  ".repeat(depth));
    }

    static String escape(String text, boolean attribute) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append(attribute ? "&quot;" : "\"");
                case '\n' -> escaped.append(attribute ? "&#10;" : "\n");
                case '\r' -> escaped.append(attribute ? "&#13;" : "\r");
                case '\t' -> escaped.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (allowed(c)) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    private static boolean allowed(int c) {
        return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
