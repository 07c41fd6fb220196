package mirage.framework;

import java.util.ArrayList;
import java.util.List;
import mirage.engine.Bilingual;
import mirage.engine.RuleError;
import mirage.engine.RuleFile;
import mirage.profile.Node;
import mirage.profile.Node.Entry;
import mirage.profile.Node.ListNode;
import mirage.profile.Node.MapNode;
import mirage.profile.Node.ScalarNode;

/**
 * Typed reads from the tree of a framework file, each refusing what it does not expect with
 * a {@link RuleError} at the value's line and column.
 */
final class FrameworkYaml {

    private final RuleFile file;

    FrameworkYaml(RuleFile file) {
        this.file = file;
    }

    Phrases phrases(MapNode map, String key) {
        Entry e = map.entries().get(key);
        return e == null ? Phrases.NONE : Phrases.of(strings(e));
    }

    Bilingual optionalBilingual(MapNode map, String key) {
        Entry e = map.entries().get(key);
        return e == null ? null : bilingual(e);
    }

    Bilingual bilingual(Entry e) {
        MapNode m = map(e.value(), "a text in English and French ({en: ..., fr: ...})");
        keys(m, List.of("en", "fr"));
        return new Bilingual(text(required(m, "en")), text(required(m, "fr")));
    }

    List<Node> items(MapNode map, String key) {
        Entry e = map.entries().get(key);
        if (e == null || e.value() instanceof ScalarNode s && s.value() == null) {
            return List.of();
        }
        if (!(e.value() instanceof ListNode list)) {
            throw error(e, "'" + key + "' is a list");
        }
        return list.items();
    }

    List<String> strings(Entry e) {
        if (e.value() instanceof ScalarNode) {
            return List.of(scalar(e));
        }
        if (!(e.value() instanceof ListNode list)) {
            throw error(e, "'" + e.key() + "' is a list of texts");
        }
        List<String> texts = new ArrayList<>();
        for (Node item : list.items()) {
            if (!(item instanceof ScalarNode s) || s.value() == null || s.value().toString().isBlank()) {
                throw new RuleError(file.shown(), item.line(), item.column(), "'" + e.key() + "' holds texts only");
            }
            texts.add(s.value().toString());
        }
        return List.copyOf(texts);
    }

    String scalar(Entry e) {
        if (!(e.value() instanceof ScalarNode s) || s.value() == null) {
            throw error(e, "'" + e.key() + "' needs a value");
        }
        return s.value().toString();
    }

    String text(Entry e) {
        String text = scalar(e);
        if (text.isBlank()) {
            throw error(e, "'" + e.key() + "' is empty");
        }
        return text;
    }

    MapNode map(Node node, String what) {
        if (!(node instanceof MapNode m)) {
            throw new RuleError(file.shown(), node.line(), node.column(), "expected " + what + " (a mapping)");
        }
        return m;
    }

    Entry required(MapNode map, String key) {
        Entry e = map.entries().get(key);
        if (e == null) {
            throw new RuleError(file.shown(), map.line(), map.column(), "missing '" + key + "'");
        }
        return e;
    }

    void keys(MapNode map, List<String> known) {
        for (Entry e : map.entries().values()) {
            if (!known.contains(e.key())) {
                throw error(e, "unknown key '" + e.key() + "'; expected one of: " + String.join(", ", known));
            }
        }
    }

    RuleError error(Entry at, String message) {
        return new RuleError(file.shown(), at.line(), at.column(), message);
    }

    RuleError error(MapNode at, String message) {
        return new RuleError(file.shown(), at.line(), at.column(), message);
    }
}
