package mirage.facts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one input file (a profile or a charter) says about one organisation, and where
 * it departs from the law that governs its bodies ({@code departures}).
 */
public record Dossier(
        String file,
        InputKind kind,
        Organisation organisation,
        List<Body> bodies,
        List<Proposal> proposals,
        List<Decision> decisions,
        List<Contribution> contributions,
        List<Document> documents,
        List<Waiver> waivers,
        List<Departure> departures) implements Serializable {

    public Dossier {
        bodies = List.copyOf(bodies);
        proposals = List.copyOf(proposals);
        decisions = List.copyOf(decisions);
        contributions = List.copyOf(contributions);
        documents = List.copyOf(documents);
        waivers = List.copyOf(waivers);
        departures = List.copyOf(departures);
    }

    /** A dossier whose bodies' framework settles nothing against the input. */
    public Dossier(String file, InputKind kind, Organisation organisation, List<Body> bodies, List<Proposal> proposals,
            List<Decision> decisions, List<Contribution> contributions, List<Document> documents, List<Waiver> waivers) {
        this(file, kind, organisation, bodies, proposals, decisions, contributions, documents, waivers, List.of());
    }

    /**
     * What reports need once the audit is done: the organisation and its bodies, without
     * their records and positions. A run over thousands of files keeps only this of each.
     */
    public Dossier slim() {
        List<Body> slimBodies = bodies.stream().map(b -> b.withOrigins(Origins.of(b.origins().self()))).toList();
        return new Dossier(file, kind, organisation, slimBodies, List.of(), List.of(), List.of(), List.of(), waivers);
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
        facts.addAll(departures);
        return facts;
    }
}
