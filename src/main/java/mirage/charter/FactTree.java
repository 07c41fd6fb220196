package mirage.charter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mirage.charter.CharterText.Title;
import mirage.facts.Clause;
import mirage.facts.Origin;
import mirage.framework.BodyFields;
import mirage.framework.CharterLaw;
import mirage.framework.LawReading;
import mirage.framework.Settlement;
import mirage.input.InputError;
import mirage.profile.Node;
import mirage.profile.Node.Entry;
import mirage.profile.Node.ListNode;
import mirage.profile.Node.MapNode;
import mirage.profile.Node.ScalarNode;
import mirage.profile.ProfileFormat;
import mirage.profile.ProfileFormat.ValueType;

/**
 * A charter's facts as a profile tree: the front matter, with the charter's body filled in
 * from its clauses (the front matter wins where both speak), then from the law that governs
 * it, then from its silences, which so apply only where the law leaves a field open. The
 * tree is then read like any profile, so the same checks apply.
 */
final class FactTree implements BodyFields {

    /** What a charter's silence gives, when neither front matter nor clause speaks (traps.md, H). */
    private static final Map<String, String> SILENCE = new LinkedHashMap<>();

    static {
        SILENCE.put("representatives.report-back", "false");
        SILENCE.put("representatives.mandate", "free");
        SILENCE.put("meetings-public", "false");
        SILENCE.put("minutes-public", "false");
        SILENCE.put("answers-proposals", "none");
    }

    private static final Set<String> WITHOUT_POWER = Set.of("none", "information", "advisory");

    private final Map<String, Entry> root;
    private final Map<String, Entry> organisation;
    private final Map<String, Entry> body;
    /** The body's nested mappings (seats, representatives) while they are filled. */
    private final Map<String, Map<String, Entry>> nested = new LinkedHashMap<>();
    private final List<Node> otherBodies = new ArrayList<>();
    private final Title title;

    FactTree(MapNode frontMatter, Title title, String bodyId) {
        this.title = title;
        this.root = new LinkedHashMap<>(frontMatter.entries());
        this.organisation = mutable(root.get("organisation"));
        this.body = new LinkedHashMap<>();
        Entry bodies = root.get("bodies");
        if (bodies != null && bodies.value() instanceof ListNode list && !list.items().isEmpty()) {
            body.putAll(mutable(new Entry("bodies", 0, 0, list.items().get(0))));
            for (String name : List.of("seats", "representatives")) {
                if (body.get(name) != null && body.get(name).value() instanceof MapNode) {
                    nested.put(name, mutable(body.get(name)));
                }
            }
            otherBodies.addAll(list.items().subList(1, list.items().size()));
        }
        putIfAbsent(organisation, "name", title.text(), title.line(), title.column());
        putIfAbsent(body, "id", bodyId, title.line(), title.column());
        putIfAbsent(body, "name", title.text(), title.line(), title.column());
    }

    /** Adds what the clauses say; returns, per field added, the sentences that said it, first first. */
    Map<String, List<Origin>> addClauses(List<Clause> clauses) throws InputError {
        List<Clause> ordered = new ArrayList<>(clauses);
        ordered.sort(java.util.Comparator.comparingInt((Clause c) -> c.origin().line())
                .thenComparingInt(c -> c.origin().column()).thenComparing(Clause::field).thenComparing(Clause::value));
        Map<String, List<Origin>> read = new LinkedHashMap<>();
        Map<String, List<Clause>> lists = new LinkedHashMap<>();
        for (Clause clause : ordered) {
            ValueType type = ProfileFormat.typeOf(clause.field());
            if (type == null || type == ValueType.MAPPING) {
                throw InputError.at(clause.origin().file(), clause.origin().line(), clause.origin().column(),
                        "recognition rule '%s' gives '%s', which is not a field of the profile format".formatted(clause.rule(), clause.field()));
            }
            Map<String, Entry> target = container(clause.field());
            String key = leaf(clause.field());
            if (type == ValueType.LIST) {
                if (!target.containsKey(key) || lists.containsKey(clause.field())) {
                    lists.computeIfAbsent(clause.field(), k -> new ArrayList<>()).add(clause);
                }
            } else if (!target.containsKey(key)) {
                target.put(key, new Entry(key, clause.origin().line(), clause.origin().column(),
                        new ScalarNode(scalar(clause.value(), type), clause.origin().line(), clause.origin().column())));
                read.computeIfAbsent(clause.field(), k -> new ArrayList<>()).add(clause.origin());
            } else if (read.containsKey(clause.field()) && clause.value().equals(String.valueOf(
                    target.get(key).value() instanceof ScalarNode n ? n.value() : null))) {
                read.get(clause.field()).add(clause.origin());
            }
        }
        for (Map.Entry<String, List<Clause>> list : lists.entrySet()) {
            Origin first = list.getValue().get(0).origin();
            List<Node> items = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            for (Clause c : list.getValue()) {
                if (!seen.contains(c.value())) {
                    seen.add(c.value());
                    items.add(new ScalarNode(c.value(), c.origin().line(), c.origin().column()));
                }
            }
            String key = leaf(list.getKey());
            container(list.getKey()).put(key, new Entry(key, first.line(), first.column(), new ListNode(items, first.line(), first.column())));
            read.put(list.getKey(), list.getValue().stream().map(Clause::origin).distinct().toList());
            for (Clause c : list.getValue()) {
                read.computeIfAbsent(list.getKey() + "=" + c.value(), k -> new ArrayList<>()).add(c.origin());
            }
        }
        return read;
    }

    /**
     * Adds what the law of the charter's body settles (traps.md, section I), and the body's
     * {@code framework} field; returns what was settled, or null when the charter is read
     * without a framework.
     */
    Settlement addLaw(CharterLaw law) {
        if (law.bodyValue() != null) {
            putIfAbsent(body, "framework", law.bodyValue(), title.line(), title.column());
        }
        if (law.framework() == null) {
            return null;
        }
        return LawReading.apply(law.framework(), this, law.opening(), title.line(), title.column());
    }

    /** The id of the charter's body. */
    String bodyId() {
        Entry id = body.get("id");
        return id != null && id.value() instanceof ScalarNode s && s.value() != null ? String.valueOf(s.value()) : null;
    }

    @Override
    public Node get(String path) {
        Entry entry = container(path).get(leaf(path));
        if (entry == null || entry.value() instanceof ScalarNode s && s.value() == null) {
            return null;
        }
        return entry.value();
    }

    @Override
    public boolean put(String path, Node value) {
        String key = leaf(path);
        container(path).put(key, new Entry(key, value.line(), value.column(), value));
        return true;
    }

    /** Adds what the charter's silence gives, for the fields nothing else settled; returns the fields so read. */
    Map<String, Origin> addSilence(String file) {
        Map<String, Origin> silent = new LinkedHashMap<>();
        for (Map.Entry<String, String> fact : SILENCE.entrySet()) {
            String field = fact.getKey();
            if (field.equals("answers-proposals") && !withoutPower()) {
                continue;
            }
            Map<String, Entry> target = container(field);
            String key = leaf(field);
            if (!target.containsKey(key)) {
                ValueType type = ProfileFormat.typeOf(field);
                target.put(key, new Entry(key, title.line(), title.column(),
                        new ScalarNode(scalar(fact.getValue(), type), title.line(), title.column())));
                silent.put(field, Origin.silence(file, title.line(), title.column(), field));
            }
        }
        return silent;
    }

    MapNode root() {
        Map<String, Entry> top = new LinkedHashMap<>(root);
        top.put("organisation", new Entry("organisation", title.line(), title.column(), map(organisation)));
        List<Node> bodies = new ArrayList<>();
        bodies.add(bodyNode());
        bodies.addAll(otherBodies);
        top.put("bodies", new Entry("bodies", title.line(), title.column(), new ListNode(bodies, title.line(), title.column())));
        return new MapNode(top, 1, 1);
    }

    private boolean withoutPower() {
        Entry power = body.get("power");
        return power != null && power.value() instanceof ScalarNode s && WITHOUT_POWER.contains(String.valueOf(s.value()));
    }

    /** The mapping that holds a field: the organisation's, the profile's, the body's, or one nested in it. */
    private Map<String, Entry> container(String path) {
        if (path.startsWith("organisation.")) {
            return organisation;
        }
        if (!path.contains(".") && ProfileFormat.typeOf(path) != null && isTopLevel(path)) {
            return root;
        }
        int dot = path.lastIndexOf('.');
        if (dot < 0) {
            return body;
        }
        return nested.computeIfAbsent(path.substring(0, dot), name -> mutable(body.get(name)));
    }

    private static boolean isTopLevel(String path) {
        return path.equals("channels");
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static Object scalar(String value, ValueType type) {
        if (type == ValueType.COUNT && value != null && value.matches("\\d{1,9}")) {
            return Long.valueOf(value);
        }
        if (type == ValueType.FLAG && ("true".equals(value) || "false".equals(value))) {
            return Boolean.valueOf(value);
        }
        return value;
    }

    private static void putIfAbsent(Map<String, Entry> map, String key, String value, int line, int column) {
        if (!map.containsKey(key) || map.get(key).value() instanceof ScalarNode s && s.value() == null) {
            map.put(key, new Entry(key, line, column, new ScalarNode(value, line, column)));
        }
    }

    private static Map<String, Entry> mutable(Entry entry) {
        if (entry == null) {
            return new LinkedHashMap<>();
        }
        if (entry.value() instanceof MapNode map) {
            return new LinkedHashMap<>(map.entries());
        }
        return new LinkedHashMap<>();
    }

    /** The body as a mapping, its nested mappings included. */
    private Node bodyNode() {
        Map<String, Entry> done = new LinkedHashMap<>(body);
        nested.forEach((name, entries) -> {
            Entry before = body.get(name);
            int line = before == null ? title.line() : before.line();
            int column = before == null ? title.column() : before.column();
            done.put(name, new Entry(name, line, column, map(entries)));
        });
        return map(done);
    }

    private static Node map(Map<String, Entry> entries) {
        int line = entries.values().stream().mapToInt(Entry::line).min().orElse(1);
        return new MapNode(entries, line, 1);
    }
}
