package mirage.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mirage.facts.Clause;
import mirage.input.InputError;
import mirage.profile.Node.Entry;
import mirage.profile.Node.ListNode;
import mirage.profile.Node.MapNode;
import mirage.profile.Node.ScalarNode;

/**
 * The law a charter is read with: the framework its front matter names ({@code framework:
 * fr-cvs}, or {@code none} to read it as its own whole rule book), else the one its opening
 * and jurisdiction show (traps.md, section I); or none.
 *
 * @param framework   the framework, or null
 * @param recognition why, when the charter did not name it; null otherwise
 * @param named       what the front matter said ("fr-cvs", "none"), or null
 * @param frontMatter the front matter without its top-level {@code framework} key, which is no profile field
 * @param opening     the charter's opening, normalised, which the law's exceptions are looked for in
 */
public record CharterLaw(Framework framework, Recognition recognition, String named, MapNode frontMatter, String opening) {

    /**
     * Decides the law of a charter.
     *
     * @param titleAndParagraphs the charter's title and first paragraphs, title first
     */
    public static CharterLaw of(Frameworks frameworks, String file, MapNode frontMatter, List<String> titleAndParagraphs)
            throws InputError {
        // The front matter's organisation often names the establishment the charter does not.
        Opening opening = Opening.of(titleAndParagraphs,
                organisationText(frontMatter, "name") + "\n" + organisationText(frontMatter, "sector"));
        Map<String, Entry> top = new LinkedHashMap<>(frontMatter.entries());
        Entry atTop = top.remove("framework");
        Entry inBody = firstBody(frontMatter) == null ? null : firstBody(frontMatter).entries().get("framework");
        String jurisdiction = jurisdiction(frontMatter);
        MapNode stripped = new MapNode(top, frontMatter.line(), frontMatter.column());
        Entry named = atTop != null ? atTop : inBody;
        if (atTop != null && inBody != null && !String.valueOf(value(atTop)).equals(String.valueOf(value(inBody)))) {
            throw InputError.at(file, inBody.line(), inBody.column(), "the front matter names two frameworks: '"
                    + value(atTop) + "' (line " + atTop.line() + ") and '" + value(inBody) + "' for the charter's body");
        }
        if (named != null) {
            Framework framework = frameworks.named(file, named.value(), jurisdiction);
            return new CharterLaw(framework, null, String.valueOf(value(named)), stripped, opening.text());
        }
        Recognition recognition = frameworks.recognise(opening, jurisdiction).orElse(null);
        return new CharterLaw(recognition == null ? null : recognition.framework(), recognition, null, stripped, opening.text());
    }

    /** The clauses, without those that only restate a rule of the law (see {@link Restatement}). */
    public List<Clause> keep(List<Clause> clauses) {
        if (framework == null) {
            return clauses;
        }
        return clauses.stream().filter(c -> !framework.restates(c)).toList();
    }

    /** What the charter's body's {@code framework} field reads: the framework's id, "none", or null. */
    public String bodyValue() {
        return framework != null ? framework.id() : named;
    }

    private static Object value(Entry entry) {
        return entry.value() instanceof ScalarNode s ? s.value() : null;
    }

    private static MapNode firstBody(MapNode frontMatter) {
        Entry bodies = frontMatter.entries().get("bodies");
        if (bodies != null && bodies.value() instanceof ListNode list && !list.items().isEmpty()
                && list.items().get(0) instanceof MapNode body) {
            return body;
        }
        return null;
    }

    static String jurisdiction(MapNode root) {
        String code = organisationText(root, "jurisdiction");
        return code.isEmpty() ? null : code;
    }

    private static String organisationText(MapNode root, String key) {
        Entry organisation = root.entries().get("organisation");
        if (organisation != null && organisation.value() instanceof MapNode m) {
            Entry value = m.entries().get(key);
            if (value != null && value.value() instanceof ScalarNode s && s.value() instanceof String text) {
                return text;
            }
        }
        return "";
    }
}
