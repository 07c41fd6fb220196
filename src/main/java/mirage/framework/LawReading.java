package mirage.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mirage.profile.Node;
import mirage.profile.Node.ListNode;
import mirage.profile.Node.ScalarNode;
import mirage.profile.ProfileFormat;
import mirage.profile.ProfileFormat.ValueType;

/**
 * Reads a framework's law into a body's fields (traps.md, section I): a field the input
 * leaves unsaid takes the law's value; a list field gains the law's values; a value that a
 * mandatory rule forbids is replaced by the law's, and kept as a departure. The law is read
 * before the charter's silence, so the silence rules apply only to what the law leaves open.
 */
public final class LawReading {

    private LawReading() {}

    /**
     * @param opening the normalised text a rule's {@code when} and {@code unless} are tested on
     * @param line    where the law's facts point: the charter's title, the profile's {@code framework}
     */
    public static Settlement apply(Framework framework, BodyFields body, String opening, int line, int column) {
        Map<String, LawField> filled = new LinkedHashMap<>();
        Map<String, String> departed = new LinkedHashMap<>();
        Map<String, List<String>> added = new LinkedHashMap<>();
        for (LawField field : framework.fields()) {
            if (!field.appliesTo(opening)) {
                continue;
            }
            Node given = body.get(field.path());
            if (field.list()) {
                List<String> have = given instanceof ListNode list ? texts(list) : null;
                if (have == null) {
                    if (given == null && body.put(field.path(), node(field, field.values(), line, column))) {
                        filled.put(field.path(), field);
                    }
                    continue;
                }
                List<String> more = field.values().stream().filter(v -> !have.contains(v)).toList();
                if (!more.isEmpty()) {
                    List<String> all = new ArrayList<>(have);
                    all.addAll(more);
                    body.put(field.path(), node(field, all, line, column, (ListNode) given));
                    added.put(field.path(), more);
                }
            } else if (given == null) {
                if (body.put(field.path(), node(field, field.values(), line, column))) {
                    filled.put(field.path(), field);
                }
            } else if (given instanceof ScalarNode s && !field.allows(String.valueOf(s.value()))) {
                body.put(field.path(), node(field, field.values(), line, column));
                filled.put(field.path(), field);
                departed.put(field.path(), String.valueOf(s.value()));
            }
        }
        return new Settlement(framework, filled, departed, added, line, column);
    }

    /** The law's value as a node of the profile tree, typed as the format reads it. */
    static Node node(LawField field, List<String> values, int line, int column) {
        if (field.list()) {
            return new ListNode(values.stream().map(v -> (Node) new ScalarNode(v, line, column)).toList(), line, column);
        }
        return new ScalarNode(typed(field.path(), values.get(0)), line, column);
    }

    /** A list the input gave, with the law's values after its own, which keep their places. */
    private static Node node(LawField field, List<String> values, int line, int column, ListNode given) {
        List<Node> items = new ArrayList<>(given.items());
        for (int i = given.items().size(); i < values.size(); i++) {
            items.add(new ScalarNode(values.get(i), line, column));
        }
        return new ListNode(items, given.line(), given.column());
    }

    static Object typed(String path, String value) {
        ValueType type = ProfileFormat.typeOf(path);
        if (type == ValueType.FLAG) {
            return Boolean.valueOf(value);
        }
        if (type == ValueType.COUNT) {
            return Long.valueOf(value);
        }
        return value;
    }

    private static List<String> texts(ListNode list) {
        List<String> texts = new ArrayList<>();
        for (Node item : list.items()) {
            if (item instanceof ScalarNode s && s.value() != null) {
                texts.add(String.valueOf(s.value()));
            }
        }
        return texts;
    }
}
