package mirage.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mirage.facts.Body;
import mirage.facts.Departure;
import mirage.facts.Dossier;
import mirage.input.InputError;
import mirage.input.Problem;
import mirage.profile.Node;
import mirage.profile.Node.Entry;
import mirage.profile.Node.ListNode;
import mirage.profile.Node.MapNode;
import mirage.profile.Node.ScalarNode;

/**
 * Reads the law into the bodies of a profile tree that name their framework
 * ({@code framework: fr-cvs}): what the profile leaves unknown takes the law's value, and a
 * value a mandatory rule forbids is replaced and kept as a departure (traps.md, section I).
 * A profile is not a charter: its framework is never guessed, only named.
 */
public final class ProfileLaw {

    /** Reads a profile tree into a dossier (the profile reader, with its checks). */
    @FunctionalInterface
    public interface Reader {
        Dossier read(Node root) throws InputError;
    }

    /** A tree with the law read into its bodies, and what was settled in each, by body id. */
    public record Settled(Node root, Map<String, Settlement> bodies) {}

    private final Frameworks frameworks;

    public ProfileLaw(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    /** Reads a profile tree with the law of its bodies' frameworks. */
    public Dossier read(String file, Node root, Reader reader) throws InputError {
        Settled settled;
        try {
            settled = settle(file, root, null);
        } catch (InputError e) {
            // The profile's other mistakes are reported with this one.
            List<Problem> problems = new ArrayList<>(e.problems());
            try {
                reader.read(root);
            } catch (InputError other) {
                problems.addAll(other.problems());
            }
            throw new InputError(problems);
        }
        return mark(reader.read(settled.root()), settled.bodies(), file, false);
    }

    /**
     * The tree with the law read into each body that names a framework, except the one with
     * id {@code skip} (a charter's own body, read with its law before its silence).
     */
    public Settled settle(String file, Node root, String skip) throws InputError {
        Map<String, Settlement> settled = new LinkedHashMap<>();
        if (!(root instanceof MapNode top) || top.entries().get("bodies") == null
                || !(top.entries().get("bodies").value() instanceof ListNode list)) {
            return new Settled(root, settled);
        }
        Entry bodies = top.entries().get("bodies");
        String jurisdiction = CharterLaw.jurisdiction(top);
        String context = Phrases.normalise(text(top.entries().get("organisation"), "name") + "\n"
                + text(top.entries().get("organisation"), "sector"));
        List<Node> items = new ArrayList<>();
        for (Node item : list.items()) {
            Entry named = item instanceof MapNode m ? m.entries().get("framework") : null;
            if (named != null && !(named.value() instanceof ScalarNode s && s.value() == null)) {
                MapNode body = (MapNode) item;
                String id = text(new Entry("body", body.line(), body.column(), body), "id");
                Framework framework = id.equals(skip) ? null : frameworks.named(file, named.value(), jurisdiction);
                if (framework != null) {
                    ProfileBody fields = new ProfileBody(body);
                    String opening = Phrases.normalise(text(new Entry("body", 0, 0, body), "name")) + "\n" + context;
                    settled.put(id, LawReading.apply(framework, fields, opening, named.line(), named.column()));
                    items.add(fields.node());
                    continue;
                }
            }
            items.add(item);
        }
        Map<String, Entry> entries = new LinkedHashMap<>(top.entries());
        entries.put("bodies", new Entry("bodies", bodies.line(), bodies.column(), new ListNode(items, list.line(), list.column())));
        return new Settled(new MapNode(entries, top.line(), top.column()), settled);
    }

    /** The dossier with each settled body's law facts marked and its departures added. */
    public static Dossier mark(Dossier dossier, Map<String, Settlement> settled, String file, boolean charter) {
        if (settled.isEmpty()) {
            return dossier;
        }
        List<Body> bodies = new ArrayList<>();
        List<Departure> departures = new ArrayList<>(dossier.departures());
        for (Body body : dossier.bodies()) {
            Settlement settlement = settled.get(body.id());
            if (settlement == null) {
                bodies.add(body);
                continue;
            }
            Settlement.Marked marked = settlement.mark(body, file, charter);
            bodies.add(marked.body());
            departures.addAll(marked.departures());
        }
        return new Dossier(dossier.file(), dossier.kind(), dossier.organisation(), bodies, dossier.proposals(),
                dossier.decisions(), dossier.contributions(), dossier.documents(), dossier.waivers(), departures);
    }

    private static String text(Entry entry, String key) {
        Entry e = entry != null && entry.value() instanceof MapNode m ? m.entries().get(key) : null;
        if (e != null && e.value() instanceof ScalarNode s && s.value() != null) {
            return s.value().toString();
        }
        return "";
    }
}
