package mirage.audit;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import mirage.input.InputError;
import mirage.input.SourceText;
import mirage.profile.Node;
import mirage.profile.Node.ListNode;
import mirage.profile.Node.MapNode;
import mirage.profile.Node.ScalarNode;
import mirage.profile.TreeReader;

/** The fingerprints of the findings of an earlier JSON report ({@code --baseline}). */
public final class Baseline {

    private Baseline() {}

    public static Set<String> read(Path file, long maxSize) throws InputError {
        SourceText source = SourceText.read(file, file.toString(), maxSize);
        Node root = TreeReader.readJson(source);
        if (!(root instanceof MapNode map) || !map.entries().containsKey("findings")
                || !(map.entries().get("findings").value() instanceof ListNode findings)) {
            throw InputError.at(file.toString(), root.line(), root.column(),
                    "not a Mirage JSON report: expected an object with a 'findings' list");
        }
        Set<String> fingerprints = new HashSet<>();
        for (Node finding : findings.items()) {
            if (finding instanceof MapNode f && f.entries().containsKey("fingerprint")
                    && f.entries().get("fingerprint").value() instanceof ScalarNode s && s.value() instanceof String print) {
                fingerprints.add(print);
            } else {
                throw InputError.at(file.toString(), finding.line(), finding.column(), "a finding without a fingerprint");
            }
        }
        return fingerprints;
    }
}
