package mirage.charter;

import java.util.ArrayList;
import java.util.List;

/**
 * A charter split into its parts: front matter, title, and the blocks of prose (paragraphs
 * and list items) that hold its clauses. Headings are kept apart: they give no fact.
 *
 * @param frontMatter the YAML front matter, placed on its own lines of the file (the other
 *                    lines blank) so positions read from it are the file's; null when none
 * @param prose       the text without front matter, comments or markup, for measures
 */
record CharterText(String frontMatter, Title title, List<Block> blocks, String prose) {

    /** How many paragraphs after the title make a charter's opening. */
    private static final int OPENING_PARAGRAPHS = 8;

    /**
     * The title and the first paragraphs, title first: where the law that governs the body
     * is recognised (frameworks.md, "Identified by").
     */
    List<String> opening() {
        List<String> parts = new ArrayList<>();
        parts.add(title.text());
        blocks.stream().limit(OPENING_PARAGRAPHS).map(Block::text).forEach(parts::add);
        return parts;
    }

    /** The charter's title: its first heading, or its first line. */
    record Title(String text, int line, int column) {}

    /**
     * A paragraph or a list item, with where it starts.
     *
     * @param segments each source line of the block: its line, column and text
     * @param leadIn   for a list item, the sentence that introduces the list ("Les membres
     *                 s'engagent à :"), or null
     */
    record Block(List<Segment> segments, String leadIn) {

        String text() {
            StringBuilder b = new StringBuilder();
            for (Segment s : segments) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(s.text());
            }
            return b.toString();
        }
    }

    /** One line of a block: where it starts in the file and its text. */
    record Segment(int line, int column, String text) {}
}
