package mirage.charter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mirage.charter.CharterText.Block;
import mirage.charter.CharterText.Segment;
import mirage.charter.CharterText.Title;
import mirage.input.InputError;
import mirage.input.SourceText;

/**
 * Splits a Markdown or plain-text charter into front matter, title, headings and blocks of
 * prose. HTML comments are blanked (keeping positions); fenced code is skipped.
 */
final class CharterParser {

    private static final Pattern MD_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(\\s*)([-*+•–]|\\d{1,3}[.)°]|[a-z][.)])\\s+");
    private static final Pattern NUMBERED_HEADING = Pattern.compile(
            "^(article|art\\.|titre|chapitre|section|annexe|préambule|preamble|part|chapter|schedule|clause|appendix)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** No heading is longer; longer lines are prose, and the heading expression is not tried on them. */
    private static final int MAX_HEADING = 500;
    private static final Pattern UNDERLINE = Pattern.compile("^\\s{0,3}(=+|-{2,})\\s*$");

    private static final Pattern CLOSED = Pattern.compile("[.;:,!?»\"]$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)");

    private CharterParser() {}

    static CharterText parse(SourceText source, boolean markdown) throws InputError {
        String[] lines = blankComments(source.text()).split("\r?\n|\r", -1);
        int first = 0;
        String frontMatter = null;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            int end = -1;
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].strip().equals("---") || lines[i].strip().equals("...")) {
                    end = i;
                    break;
                }
            }
            if (end < 0) {
                throw InputError.at(source.name(), 1, 1, "front matter opened with '---' is never closed with '---'");
            }
            StringBuilder yaml = new StringBuilder("\n");
            for (int i = 1; i < end; i++) {
                yaml.append(lines[i]).append('\n');
            }
            frontMatter = yaml.toString();
            first = end + 1;
        }
        Reading reading = new Reading();
        for (int i = first; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.strip();
            if (markdown && (stripped.startsWith("```") || stripped.startsWith("~~~"))) {
                reading.fenced = !reading.fenced;
                continue;
            }
            if (reading.fenced) {
                continue;
            }
            if (stripped.isEmpty()) {
                reading.endBlock();
                continue;
            }
            if (markdown && reading.segments.size() == 1 && !reading.item && UNDERLINE.matcher(line).matches()) {
                Segment s = reading.segments.remove(0);
                reading.heading(s.text(), s.line(), s.column());
                continue;
            }
            Matcher heading = MD_HEADING.matcher(line.length() <= MAX_HEADING ? line : "");
            if (markdown && heading.matches()) {
                reading.heading(clean(heading.group(1)), i + 1, line.indexOf(heading.group(1)) + 1);
                continue;
            }
            if (reading.segments.isEmpty() && looksLikeHeading(lines, i, stripped)) {
                reading.heading(clean(stripped), i + 1, line.indexOf(stripped) + 1);
                continue;
            }
            if (!markdown && reading.title == null && reading.blocks.isEmpty() && reading.segments.isEmpty()) {
                reading.heading(stripped, i + 1, line.indexOf(stripped) + 1);
                continue;
            }
            Matcher item = LIST_ITEM.matcher(line);
            if (item.find()) {
                reading.startItem();
                reading.add(new Segment(i + 1, item.end() + 1, line.substring(item.end()).strip()));
                continue;
            }
            if (reading.item && !reading.segments.isEmpty() && Character.isWhitespace(line.charAt(0))) {
                reading.add(new Segment(i + 1, line.indexOf(stripped) + 1, stripped));
                continue;
            }
            reading.startParagraphLine();
            reading.add(new Segment(i + 1, line.indexOf(stripped) + 1, stripped));
        }
        reading.endBlock();
        Title title = reading.title != null ? reading.title
                : new Title(source.name(), Math.min(first + 1, Math.max(lines.length, 1)), 1);
        return new CharterText(frontMatter, title, List.copyOf(reading.blocks), reading.prose.toString());
    }

    /** The state of one pass over the lines. */
    private static final class Reading {
        final List<Block> blocks = new ArrayList<>();
        final List<Segment> segments = new ArrayList<>();
        final StringBuilder prose = new StringBuilder();
        Title title;
        boolean fenced;
        boolean item;
        boolean inList;
        String listLeadIn;
        String lastParagraph;

        void add(Segment segment) {
            segments.add(segment);
            prose.append(segment.text()).append('\n');
        }

        void heading(String text, int line, int column) {
            endBlock();
            inList = false;
            listLeadIn = null;
            lastParagraph = null;
            if (title == null) {
                title = new Title(text, line, Math.max(column, 1));
            }
            prose.append(text).append(".\n");
        }

        void startItem() {
            endBlock();
            if (!inList) {
                inList = true;
                listLeadIn = lastParagraph != null && lastParagraph.endsWith(":")
                        ? leadIn(lastParagraph) : null;
            }
            item = true;
        }

        void startParagraphLine() {
            if (item) {
                endBlock();
            }
            if (segments.isEmpty() && inList) {
                inList = false;
                listLeadIn = null;
            }
        }

        void endBlock() {
            if (segments.isEmpty()) {
                return;
            }
            Block block = new Block(List.copyOf(segments), item ? listLeadIn : null);
            blocks.add(block);
            lastParagraph = item ? null : block.text().strip();
            segments.clear();
            item = false;
        }

        private static String leadIn(String paragraph) {
            String last = SentenceSplitter.lastSentence(paragraph);
            return last.substring(0, last.length() - 1).strip();
        }
    }

    /** A line on its own, short, without final punctuation: "Article 3 — Composition", "TITRE II". */
    private static boolean looksLikeHeading(String[] lines, int i, String stripped) {
        boolean alone = (i + 1 >= lines.length || lines[i + 1].isBlank());
        boolean endsOpen = !CLOSED.matcher(stripped).find();
        int words = SPACES.split(stripped).length;
        if (NUMBERED_HEADING.matcher(stripped).matches() && words <= 14 && endsOpen) {
            return true;
        }
        boolean capitals = stripped.chars().anyMatch(Character::isLetter)
                && stripped.equals(stripped.toUpperCase(Locale.ROOT)) && words <= 12;
        return alone && endsOpen && (capitals || words <= 8 && (i == 0 || lines[i - 1].isBlank()));
    }

    /** HTML comments become spaces, so positions stay and annotations give no fact. */
    static String blankComments(String text) {
        StringBuilder out = new StringBuilder(text);
        int start = out.indexOf("<!--");
        while (start >= 0) {
            int end = out.indexOf("-->", start + 4);
            int stop = end < 0 ? out.length() : end + 3;
            for (int k = start; k < stop; k++) {
                if (out.charAt(k) != '\n' && out.charAt(k) != '\r') {
                    out.setCharAt(k, ' ');
                }
            }
            start = out.indexOf("<!--", stop);
        }
        return out.toString();
    }

    /** Markdown emphasis, code and links reduced to their words. */
    static String clean(String text) {
        String plain = EMPHASIS.matcher(unlink(text)).replaceAll("");
        return SPACES.matcher(plain).replaceAll(" ")
                .strip();
    }

    /**
     * "[words](target)" becomes "words", in one pass: the regular expression this replaces
     * went back over the rest of the text at every '[' without a match, quadratic on a line
     * of brackets.
     */
    static String unlink(String text) {
        int n = text.length();
        int[] nextClose = new int[n + 1];
        int[] nextParen = new int[n + 1];
        nextClose[n] = -1;
        nextParen[n] = -1;
        for (int i = n - 1; i >= 0; i--) {
            nextClose[i] = text.charAt(i) == ']' ? i : nextClose[i + 1];
            nextParen[i] = text.charAt(i) == ')' ? i : nextParen[i + 1];
        }
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '[') {
                int close = nextClose[i + 1];
                if (close >= 0 && close + 1 < n && text.charAt(close + 1) == '(') {
                    int paren = nextParen[close + 2];
                    if (paren >= 0) {
                        out.append(text, i + 1, close);
                        i = paren + 1;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
