package mirage.profile;

import java.util.List;
import java.util.Map;
import mirage.input.Wording;

/** A YAML or JSON value with the line and column where it starts (1-based). */
public sealed interface Node {

    int line();

    int column();

    /** A mapping; keys in file order. */
    record MapNode(Map<String, Entry> entries, int line, int column) implements Node {}

    /** One key of a mapping, with the position of the key itself. */
    record Entry(String key, int line, int column, Node value) {}

    record ListNode(List<Node> items, int line, int column) implements Node {}

    /** A scalar: a String, Long, Double, Boolean, or null. */
    record ScalarNode(Object value, int line, int column) implements Node {}

    /** How a node is named in messages: "a mapping", "a list", "the text 'x'", "the number 3". */
    static Wording describe(Node node) {
        if (node instanceof MapNode) {
            return Wording.of("node.mapping");
        }
        if (node instanceof ListNode) {
            return Wording.of("node.list");
        }
        Object value = ((ScalarNode) node).value();
        if (value == null) {
            return Wording.of("node.null");
        }
        if (value instanceof String s) {
            return Wording.of("node.text", s.length() > 40 ? s.substring(0, 40) + "…" : s);
        }
        if (value instanceof Boolean) {
            return Wording.of("node.boolean", String.valueOf(value));
        }
        return Wording.of("node.number", String.valueOf(value));
    }
}
