package mirage.report;

/** Text from profiles and rules made safe for Markdown (GitHub's flavour): no markup, no HTML. */
final class MarkdownText {

    private MarkdownText() {}

    /** Escapes what Markdown or the HTML it allows would read as markup. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '#', '|', '~', '$' -> out.append('\\').append(c);
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Text as inline code; backticks inside are kept by a longer fence. */
    static String code(String text) {
        String fence = text.contains("`") ? "`` " : "`";
        String close = text.contains("`") ? " ``" : "`";
        return fence + text.replace('\n', ' ').replace("|", "\\|") + close;
    }
}
