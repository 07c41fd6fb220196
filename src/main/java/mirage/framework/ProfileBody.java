package mirage.framework;

import java.util.LinkedHashMap;
import java.util.Map;
import mirage.profile.Node;
import mirage.profile.Node.Entry;
import mirage.profile.Node.MapNode;
import mirage.profile.Node.ScalarNode;

/** A body of a profile tree as fields that can be set by path; {@link #node()} gives the tree back. */
final class ProfileBody implements BodyFields {

    private final MapNode original;
    private final Map<String, Entry> body;
    /** The nested mappings (seats, representatives) that were changed. */
    private final Map<String, Map<String, Entry>> nested = new LinkedHashMap<>();

    ProfileBody(MapNode body) {
        this.original = body;
        this.body = new LinkedHashMap<>(body.entries());
    }

    @Override
    public Node get(String path) {
        int dot = path.indexOf('.');
        Map<String, Entry> map = dot < 0 ? body : existing(path.substring(0, dot));
        Entry entry = map == null ? null : map.get(path.substring(dot + 1));
        if (entry == null || entry.value() instanceof ScalarNode s && s.value() == null) {
            return null;
        }
        return entry.value();
    }

    @Override
    public boolean put(String path, Node value) {
        int dot = path.indexOf('.');
        String key = path.substring(dot + 1);
        Entry parent = dot < 0 ? null : body.get(path.substring(0, dot));
        if (parent != null && !(parent.value() instanceof MapNode) && !(parent.value() instanceof ScalarNode s && s.value() == null)) {
            return false;
        }
        Map<String, Entry> map = dot < 0 ? body : nested.computeIfAbsent(path.substring(0, dot), this::copyOf);
        Entry before = map.get(key);
        map.put(key, new Entry(key, before == null ? value.line() : before.line(),
                before == null ? value.column() : before.column(), value));
        return true;
    }

    /** The body with what was set. */
    MapNode node() {
        Map<String, Entry> done = new LinkedHashMap<>(body);
        nested.forEach((name, entries) -> {
            Entry before = body.get(name);
            int line = before == null ? original.line() : before.line();
            int column = before == null ? original.column() : before.column();
            done.put(name, new Entry(name, line, column, new MapNode(entries, line, column)));
        });
        return new MapNode(done, original.line(), original.column());
    }

    private Map<String, Entry> existing(String name) {
        Map<String, Entry> changed = nested.get(name);
        if (changed != null) {
            return changed;
        }
        Entry entry = body.get(name);
        return entry != null && entry.value() instanceof MapNode m ? m.entries() : null;
    }

    private Map<String, Entry> copyOf(String name) {
        Entry entry = body.get(name);
        return entry != null && entry.value() instanceof MapNode m ? new LinkedHashMap<>(m.entries()) : new LinkedHashMap<>();
    }
}
