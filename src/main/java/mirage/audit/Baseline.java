package mirage.audit;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import mirage.input.InputError;
import mirage.input.SourceText;
import mirage.input.Wording;
import mirage.profile.Node;
import mirage.profile.Node.ListNode;
import mirage.profile.Node.MapNode;
import mirage.profile.Node.ScalarNode;
import mirage.profile.TreeReader;

/**
 * An earlier JSON report given as {@code --baseline}: the fingerprints of its findings, and
 * the files it audited, so that a run can tell when the baseline is about other files.
 *
 * @param fingerprints the findings' fingerprints
 * @param files        the files the report names (its inputs and its findings' files), sorted
 */
public record Baseline(Set<String> fingerprints, Set<String> files) {

    public static final Baseline NONE = new Baseline(Set.of(), Set.of());

    public Baseline {
        fingerprints = Set.copyOf(fingerprints);
        files = Set.copyOf(files);
    }

    public static Baseline read(Path file, long maxSize) throws InputError {
        SourceText source = SourceText.read(file, file.toString(), maxSize);
        Node root = TreeReader.readJson(source);
        if (!(root instanceof MapNode map) || !map.entries().containsKey("findings")
                || !(map.entries().get("findings").value() instanceof ListNode findings)) {
            throw InputError.at(file.toString(), root.line(), root.column(), Wording.of("baseline.not-a-report"));
        }
        Set<String> fingerprints = new HashSet<>();
        Set<String> files = new TreeSet<>();
        for (Node finding : findings.items()) {
            if (finding instanceof MapNode f && f.entries().containsKey("fingerprint")
                    && f.entries().get("fingerprint").value() instanceof ScalarNode s && s.value() instanceof String print) {
                fingerprints.add(print);
                text(f, "file", files);
            } else {
                throw InputError.at(file.toString(), finding.line(), finding.column(), Wording.of("baseline.no-fingerprint"));
            }
        }
        if (map.entries().containsKey("inputs") && map.entries().get("inputs").value() instanceof ListNode inputs) {
            for (Node input : inputs.items()) {
                if (input instanceof MapNode i) {
                    text(i, "file", files);
                }
            }
        }
        return new Baseline(fingerprints, files);
    }

    private static void text(MapNode map, String key, Set<String> into) {
        if (map.entries().containsKey(key) && map.entries().get(key).value() instanceof ScalarNode s && s.value() instanceof String text) {
            into.add(text);
        }
    }

    /**
     * Whether this baseline names files and none of them is among {@code inputs} (as reports
     * name them): then it was made from another folder or of other files, and filters nothing.
     */
    public boolean matchesNone(Collection<String> inputs) {
        return !files.isEmpty() && inputs.stream().noneMatch(files::contains);
    }

    /** A few of the files it names, for a message. */
    public String someFiles() {
        return String.join(", ", files.stream().limit(3).toList()) + (files.size() > 3 ? ", …" : "");
    }
}
