package mirage.framework;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import mirage.engine.RuleError;
import mirage.engine.RuleFile;
import mirage.engine.RuleFolder;
import mirage.input.InputError;
import mirage.profile.Node;
import mirage.profile.Node.ScalarNode;

/**
 * The frameworks of the rule folders ({@code frameworks/<id>.framework.yaml}), and how a
 * charter is recognised as belonging to one (traps.md, section I).
 */
public final class Frameworks {

    public static final Frameworks NONE = new Frameworks(Map.of());

    private final Map<String, Framework> byId;

    private Frameworks(Map<String, Framework> byId) {
        this.byId = byId;
    }

    /** Every framework file of these folders; a bad file or an id declared twice is a {@link RuleError}. */
    public static Frameworks of(List<RuleFolder> folders) {
        Map<String, Framework> byId = new TreeMap<>();
        for (RuleFolder folder : folders) {
            for (RuleFile file : folder.files()) {
                if (FrameworkFile.isFramework(file)) {
                    Framework framework = FrameworkFile.read(file);
                    Framework before = byId.putIfAbsent(framework.id(), framework);
                    if (before != null) {
                        throw new RuleError(file.shown(), 1, 1, "framework '" + framework.id() + "' is already declared in " + before.shown());
                    }
                }
            }
        }
        return new Frameworks(byId);
    }

    /** The frameworks, by id. */
    public Collection<Framework> all() {
        return byId.values();
    }

    public Optional<Framework> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The framework an input names in a {@code framework} field; null for {@code none}. An
     * unknown id, or a framework whose law does not apply in the organisation's
     * jurisdiction, is an input error at the value.
     */
    Framework named(String file, Node value, String jurisdiction) throws InputError {
        if (!(value instanceof ScalarNode s) || !(s.value() instanceof String id)) {
            throw InputError.at(file, value.line(), value.column(),
                    "framework: expected a framework id that 'mirage frameworks' lists, or none; known: " + known());
        }
        if (id.equals(Framework.NONE)) {
            return null;
        }
        Framework framework = byId.get(id);
        if (framework == null) {
            String near = closest(id);
            throw InputError.at(file, value.line(), value.column(), "'" + id + "' is not a framework"
                    + (near == null ? "" : " (did you mean '" + near + "'?)") + "; known: " + known());
        }
        if (framework.excludedBy(jurisdiction)) {
            throw InputError.at(file, value.line(), value.column(), "framework '" + id + "' is the law of "
                    + framework.jurisdiction() + ", but the organisation's jurisdiction is " + jurisdiction);
        }
        return framework;
    }

    /** The known ids, with the word for none, as messages list them. */
    String known() {
        List<String> ids = new ArrayList<>(byId.keySet());
        ids.add(Framework.NONE);
        return String.join(", ", ids);
    }

    /** The known id closest to a mistyped one, or null. */
    String closest(String given) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String id : byId.keySet()) {
            int d = distance(given, id);
            if (d < bestDistance) {
                bestDistance = d;
                best = id;
            }
        }
        return bestDistance <= Math.max(2, given.length() / 4) ? best : null;
    }

    /**
     * The framework a charter belongs to, by its opening and jurisdiction; empty unless
     * exactly one framework claims it. A framework claims a charter when its name is in the
     * naming part, no look-alike is, nothing in the opening places the body elsewhere, one
     * of its context phrases (if it has any) is in the opening, and the charter's
     * jurisdiction is covered by the framework's or, if the charter gives none that is, one
     * of its proof phrases is in the opening.
     *
     * @param jurisdiction the organisation's ISO 3166 code, or null
     */
    public Optional<Recognition> recognise(Opening opening, String jurisdiction) {
        List<Recognition> claims = new ArrayList<>();
        for (Framework framework : byId.values()) {
            Identity identity = framework.identity();
            if (framework.excludedBy(jurisdiction)) {
                continue;
            }
            String name = identity.names().firstIn(opening.naming());
            if (name == null || identity.lookAlikes().firstIn(opening.naming()) != null
                    || identity.elsewhere().firstIn(opening.text()) != null) {
                continue;
            }
            if (!identity.context().isEmpty() && identity.context().firstIn(opening.text()) == null) {
                continue;
            }
            String proof = null;
            if (!framework.covers(jurisdiction)) {
                proof = identity.proof().firstIn(opening.text());
                if (proof == null) {
                    continue;
                }
            }
            claims.add(new Recognition(framework, name, proof));
        }
        return claims.size() == 1 ? Optional.of(claims.get(0)) : Optional.empty();
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
