package mirage.profile;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import mirage.facts.Labelled;
import mirage.facts.Origin;
import mirage.facts.Origins;
import mirage.profile.Node.Entry;
import mirage.profile.Node.ListNode;
import mirage.profile.Node.MapNode;
import mirage.profile.Node.ScalarNode;

/**
 * Typed reads from a mapping already checked against its shape; records where each field
 * was read, so a finding can point at it. A field not given reads as null (unknown).
 */
final class Fields {

    private final String file;
    private final MapNode map;
    private final String prefix;
    private final Map<String, Origin> origins;

    private Fields(String file, MapNode map, String prefix, Map<String, Origin> origins) {
        this.file = file;
        this.map = map;
        this.prefix = prefix;
        this.origins = origins;
    }

    static Fields of(String file, Node node) {
        MapNode map = node instanceof MapNode m ? m : new MapNode(Map.of(), node.line(), node.column());
        return new Fields(file, map, "", new LinkedHashMap<>());
    }

    /** The fields of a nested mapping; their origins are kept here under "name.field". */
    Fields nested(String name) {
        Node node = node(name);
        MapNode inner = node instanceof MapNode m ? m : new MapNode(Map.of(), map.line(), map.column());
        return new Fields(file, inner, prefix + name + ".", origins);
    }

    /** The fields of a nested mapping, as a record of its own: origins kept under their own names. */
    Fields record(String name) {
        Node node = node(name);
        return Fields.of(file, node == null ? new MapNode(Map.of(), map.line(), map.column()) : node);
    }

    boolean has(String name) {
        return node(name) != null;
    }

    String text(String name) {
        Node node = node(name);
        return node == null ? null : String.valueOf(((ScalarNode) node).value());
    }

    Boolean flag(String name) {
        Node node = node(name);
        return node == null ? null : (Boolean) ((ScalarNode) node).value();
    }

    Integer count(String name) {
        Node node = node(name);
        return node == null ? null : Math.toIntExact(Math.min((Long) ((ScalarNode) node).value(), Integer.MAX_VALUE));
    }

    LocalDate day(String name) {
        String text = text(name);
        return text == null ? null : LocalDate.parse(text);
    }

    <E extends Enum<E> & Labelled> E choice(String name, Class<E> type) {
        String label = text(name);
        return label == null ? null : byLabel(type, label);
    }

    /** A list of choices as a set; null when not given, empty when given empty. */
    <E extends Enum<E> & Labelled> Set<E> choices(String name, Class<E> type) {
        Node node = node(name);
        if (node == null) {
            return null;
        }
        EnumSet<E> set = EnumSet.noneOf(type);
        for (Node item : ((ListNode) node).items()) {
            Object value = ((ScalarNode) item).value();
            if (value != null) {
                set.add(byLabel(type, (String) value));
                origins.putIfAbsent(prefix + name + "=" + value, Origin.field(file, item.line(), item.column()));
            }
        }
        return Set.copyOf(set);
    }

    /** The texts of a list field with where each was given, in order; empty when not given. */
    Map<String, Origin> texts(String name) {
        Node node = node(name);
        Map<String, Origin> texts = new LinkedHashMap<>();
        if (node instanceof ListNode list) {
            for (Node item : list.items()) {
                Object value = ((ScalarNode) item).value();
                if (value != null) {
                    texts.putIfAbsent(String.valueOf(value), Origin.field(file, item.line(), item.column()));
                }
            }
        }
        return texts;
    }

    /** The mappings of a list field, each as its own fields; empty when not given. */
    List<Fields> list(String name) {
        Node node = node(name);
        if (node == null) {
            return List.of();
        }
        return ((ListNode) node).items().stream()
                .filter(item -> !(item instanceof ScalarNode))
                .map(item -> Fields.of(file, item))
                .toList();
    }

    /** Where this mapping starts. */
    Origin self() {
        return Origin.field(file, map.line(), map.column());
    }

    /** Where a field's value starts; the mapping itself when the field is not given. */
    Origin valueAt(String name) {
        Node node = node(name);
        return node == null ? self() : Origin.field(file, node.line(), node.column());
    }

    /** The origins of every field read so far, under their paths. */
    Origins origins() {
        return new Origins(self(), origins);
    }

    private Node node(String name) {
        Entry entry = map.entries().get(name);
        if (entry == null || entry.value() instanceof ScalarNode s && s.value() == null) {
            return null;
        }
        origins.put(prefix + name, Origin.field(file, entry.line(), entry.column()));
        return entry.value();
    }

    private static final Map<Class<?>, Map<String, Object>> LABELS = new ConcurrentHashMap<>();

    private static <E extends Enum<E> & Labelled> E byLabel(Class<E> type, String label) {
        Object value = LABELS.computeIfAbsent(type, t -> Arrays.stream(type.getEnumConstants())
                .collect(Collectors.toUnmodifiableMap(Labelled::label, e -> (Object) e))).get(label);
        if (value == null) {
            throw new IllegalStateException("unchecked value " + label);
        }
        return type.cast(value);
    }
}
