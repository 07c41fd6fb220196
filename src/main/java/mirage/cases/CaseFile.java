package mirage.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mirage.engine.RuleFile;
import mirage.facts.InputKind;
import mirage.input.InputError;
import mirage.input.Problem;
import mirage.input.SourceText;
import mirage.profile.Node;
import mirage.profile.Node.Entry;
import mirage.profile.Node.ListNode;
import mirage.profile.Node.MapNode;
import mirage.profile.Node.ScalarNode;
import mirage.profile.TreeReader;

/**
 * Reads a case file ({@code <trap>.cases.yaml}): a list of cases, each with a name, the raw
 * input ({@code profile: |} or {@code charter: |}) and what is expected of it.
 */
public final class CaseFile {

    private static final List<String> KEYS = List.of("name", "profile", "charter", "expect", "expect-not",
            "exactly", "not-assessed", "verdicts", "facts", "law");
    private static final Pattern ANNOTATION = Pattern.compile("(?:#|<!--|//)\\s*(ruleid|ok)\\s*:\\s*([a-z0-9, -]+?)\\s*(?:-->)?\\s*$");

    private CaseFile() {}

    public static List<Case> read(RuleFile file) throws InputError {
        Node root = TreeReader.readYaml(new SourceText(file.shown(), file.text()));
        if (!(root instanceof ListNode list)) {
            throw InputError.at(file.shown(), root.line(), root.column(), "a case file is a list of cases");
        }
        List<Case> cases = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Node item : list.items()) {
            if (!(item instanceof MapNode map)) {
                problems.add(new Problem(file.shown(), item.line(), item.column(), "a case is a mapping"));
                continue;
            }
            for (Entry e : map.entries().values()) {
                if (!KEYS.contains(e.key())) {
                    problems.add(new Problem(file.shown(), e.line(), e.column(),
                            "unknown key '" + e.key() + "' in a case; expected one of: " + String.join(", ", KEYS)));
                }
            }
            String name = text(map, "name");
            String profile = text(map, "profile");
            String charter = text(map, "charter");
            if (name == null || (profile == null) == (charter == null)) {
                problems.add(new Problem(file.shown(), map.line(), map.column(),
                        "a case needs a 'name' and exactly one of 'profile' or 'charter'"));
                continue;
            }
            String input = profile != null ? profile : charter;
            List<String> exactly = map.entries().containsKey("exactly") ? ids(map, "exactly") : null;
            cases.add(new Case(file.shown(), map.line(), name, profile != null ? InputKind.PROFILE : InputKind.CHARTER,
                    input, ids(map, "expect"), ids(map, "expect-not"), exactly, ids(map, "not-assessed"),
                    verdicts(map), facts(map), ids(map, "law"), annotations(input)));
        }
        if (!problems.isEmpty()) {
            throw new InputError(problems);
        }
        return cases;
    }

    /** Annotations in the input: each applies to the next line that is not an annotation or blank. */
    static List<Case.Annotation> annotations(String input) {
        String[] lines = input.split("\n", -1);
        List<Case.Annotation> found = new ArrayList<>();
        List<String[]> pending = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = ANNOTATION.matcher(lines[i].strip());
            if (m.find() && lines[i].strip().startsWith(m.group().substring(0, 1))) {
                pending.add(new String[] {m.group(1), m.group(2)});
            } else if (!lines[i].isBlank() && !pending.isEmpty()) {
                for (String[] p : pending) {
                    for (String id : p[1].split("[,\\s]+")) {
                        if (!id.isBlank()) {
                            found.add(new Case.Annotation(id.strip(), i + 1, p[0].equals("ruleid")));
                        }
                    }
                }
                pending.clear();
            }
        }
        return found;
    }

    private static String text(MapNode map, String key) {
        Entry e = map.entries().get(key);
        return e != null && e.value() instanceof ScalarNode s && s.value() != null ? s.value().toString() : null;
    }

    private static List<String> ids(MapNode map, String key) {
        Entry e = map.entries().get(key);
        if (e == null) {
            return List.of();
        }
        if (e.value() instanceof ScalarNode s && s.value() != null) {
            return List.of(s.value().toString());
        }
        List<String> ids = new ArrayList<>();
        if (e.value() instanceof ListNode l) {
            for (Node n : l.items()) {
                if (n instanceof ScalarNode s && s.value() != null) {
                    ids.add(s.value().toString());
                }
            }
        }
        return ids;
    }

    /** {@code facts: {power: advisory, representatives.obligations: [confidentiality], chair: null}} */
    private static Map<String, Object> facts(MapNode map) {
        Map<String, Object> facts = new LinkedHashMap<>();
        Entry e = map.entries().get("facts");
        if (e != null && e.value() instanceof MapNode m) {
            m.entries().forEach((field, v) -> {
                if (v.value() instanceof ListNode l) {
                    facts.put(field, l.items().stream().map(n -> String.valueOf(((ScalarNode) n).value())).sorted().toList());
                } else {
                    Object value = ((ScalarNode) v.value()).value();
                    facts.put(field, value == null ? null : String.valueOf(value));
                }
            });
        }
        return facts;
    }

    private static Map<String, String> verdicts(MapNode map) {
        Map<String, String> verdicts = new LinkedHashMap<>();
        Entry e = map.entries().get("verdicts");
        if (e != null && e.value() instanceof MapNode m) {
            m.entries().forEach((body, v) -> verdicts.put(body, String.valueOf(((ScalarNode) v.value()).value())));
        }
        return verdicts;
    }
}
