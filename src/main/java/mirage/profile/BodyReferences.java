package mirage.profile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import mirage.input.Problem;
import mirage.input.Wording;
import mirage.profile.Node.Entry;
import mirage.profile.Node.ListNode;
import mirage.profile.Node.MapNode;
import mirage.profile.Node.ScalarNode;

/**
 * Checks that the body a proposal, decision or waiver names is a body of the file. It reads
 * the tree as it is, before its shape is known to be right, so that these problems come in
 * the same message as the others (a profile's waiver errors all at once); where the bodies
 * themselves are malformed it says nothing, rather than guess.
 */
final class BodyReferences {

    private BodyReferences() {}

    static List<Problem> check(String file, Node root) {
        List<Problem> problems = new ArrayList<>();
        if (!(root instanceof MapNode profile)) {
            return problems;
        }
        Set<String> ids = bodyIds(profile);
        if (ids == null) {
            return problems;
        }
        for (String records : List.of("proposals", "decisions", "waivers")) {
            for (Node item : items(profile, records)) {
                Entry entry = item instanceof MapNode map ? map.entries().get("body") : null;
                if (entry != null && entry.value() instanceof ScalarNode s && s.value() != null) {
                    String body = String.valueOf(s.value());
                    if (!ids.contains(body)) {
                        Wording known = ids.isEmpty() ? Wording.of("references.no-body")
                                : Wording.of("references.known", String.join(", ", ids.stream().sorted().toList()));
                        problems.add(Problem.of(file, s.line(), s.column(), Wording.of("references.unknown",
                                body, ShapeCheck.suggestion(body, List.copyOf(ids)), known)));
                    }
                }
            }
        }
        return problems;
    }

    /** The ids of the file's bodies, or null when a body cannot be read well enough to tell. */
    private static Set<String> bodyIds(MapNode profile) {
        Set<String> ids = new LinkedHashSet<>();
        for (Node item : items(profile, "bodies")) {
            Entry id = item instanceof MapNode body ? body.entries().get("id") : null;
            if (id == null || !(id.value() instanceof ScalarNode s) || s.value() == null) {
                return null;
            }
            ids.add(String.valueOf(s.value()));
        }
        return ids;
    }

    private static List<Node> items(MapNode profile, String key) {
        Entry entry = profile.entries().get(key);
        return entry != null && entry.value() instanceof ListNode list ? list.items() : List.of();
    }
}
