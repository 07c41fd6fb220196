package mirage.facts;

import java.util.ArrayList;
import java.util.List;

/** Everything one input file (a profile or a charter) says about one organisation. */
public record Dossier(
        String file,
        InputKind kind,
        Organisation organisation,
        List<Body> bodies,
        List<Proposal> proposals,
        List<Decision> decisions,
        List<Contribution> contributions,
        List<Document> documents,
        List<Waiver> waivers) {

    public Dossier {
        bodies = List.copyOf(bodies);
        proposals = List.copyOf(proposals);
        decisions = List.copyOf(decisions);
        contributions = List.copyOf(contributions);
        documents = List.copyOf(documents);
        waivers = List.copyOf(waivers);
    }

    /** The facts rules match on (waivers are not among them: they act on findings). */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>();
        facts.add(organisation);
        facts.addAll(bodies);
        facts.addAll(proposals);
        facts.addAll(decisions);
        facts.addAll(contributions);
        facts.addAll(documents);
        return facts;
    }
}
