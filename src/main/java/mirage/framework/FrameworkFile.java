package mirage.framework;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import mirage.engine.RuleError;
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
import mirage.profile.ProfileFormat;
import mirage.profile.ProfileFormat.ValueType;
import mirage.profile.ProfileReader;
import mirage.profile.TextMeter;
import mirage.profile.TreeReader;

/**
 * Reads a framework file ({@code <id>.framework.yaml}); anything wrong is a {@link RuleError}
 * naming the file, line and column, like a rule that does not compile. Every value the law
 * sets is checked against the profile format, as if a profile gave it.
 */
public final class FrameworkFile {

    /** How a framework file's name ends. */
    public static final String SUFFIX = ".framework.yaml";

    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern JURISDICTION = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");
    private static final List<String> TOP = List.of("id", "name", "jurisdiction", "source", "identify", "law", "restates", "also");
    private static final List<String> IDENTIFY = List.of("names", "context", "proof", "look-alikes", "elsewhere");
    private static final List<String> FIELD = List.of("field", "value", "citation", "sure", "binding", "also-allowed",
            "when", "unless", "clause-names", "gloss", "note");
    private static final List<String> RESTATES = List.of("what", "citation", "sentences-with", "unless-with", "drops");
    private static final List<String> ALSO = List.of("what", "citation", "sure");

    private final RuleFile file;
    private final FrameworkYaml yaml;

    private FrameworkFile(RuleFile file) {
        this.file = file;
        this.yaml = new FrameworkYaml(file);
    }

    public static boolean isFramework(RuleFile file) {
        return file.path().endsWith(SUFFIX);
    }

    /** The id a framework file must declare: its name without the suffix. */
    public static String idOf(RuleFile file) {
        String name = file.path().substring(file.path().lastIndexOf('/') + 1);
        return name.substring(0, name.length() - SUFFIX.length());
    }

    public static Framework read(RuleFile file) {
        return new FrameworkFile(file).framework();
    }

    private Framework framework() {
        Node root;
        try {
            root = TreeReader.readYaml(new SourceText(file.shown(), file.text()));
        } catch (InputError e) {
            Problem p = e.problems().get(0);
            throw new RuleError(file.shown(), p.line(), p.column(), p.message());
        }
        MapNode top = yaml.map(root, "a framework");
        yaml.keys(top, TOP);
        Entry idEntry = yaml.required(top, "id");
        String id = yaml.text(idEntry);
        if (!KEBAB.matcher(id).matches() || id.equals(Framework.NONE)) {
            throw yaml.error(idEntry, "framework id '" + id + "' must be kebab-case and not 'none'");
        }
        if (!id.equals(idOf(file))) {
            throw yaml.error(idEntry, "framework '" + id + "' should live in " + id + SUFFIX);
        }
        Entry jurisdictionEntry = yaml.required(top, "jurisdiction");
        String jurisdiction = yaml.text(jurisdictionEntry);
        if (!JURISDICTION.matcher(jurisdiction).matches()) {
            throw yaml.error(jurisdictionEntry, "jurisdiction '" + jurisdiction + "' is not an ISO 3166 code such as FR or GB-ENG");
        }
        MapNode identify = yaml.map(yaml.required(top, "identify").value(), "identify");
        yaml.keys(identify, IDENTIFY);
        Phrases names = yaml.phrases(identify, "names");
        if (names.isEmpty()) {
            throw yaml.error(yaml.required(identify, "names"), "a framework needs at least one name to be recognised by");
        }
        Identity identity = new Identity(names, yaml.phrases(identify, "context"), yaml.phrases(identify, "proof"),
                yaml.phrases(identify, "look-alikes"), yaml.phrases(identify, "elsewhere"));
        return new Framework(id, yaml.bilingual(yaml.required(top, "name")), jurisdiction, yaml.text(yaml.required(top, "source")), identity,
                fields(top), restatements(top), notes(top), file.shown());
    }

    private List<LawField> fields(MapNode top) {
        List<LawField> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node item : yaml.items(top, "law")) {
            MapNode m = yaml.map(item, "a field the law settles");
            yaml.keys(m, FIELD);
            Entry pathEntry = yaml.required(m, "field");
            String path = yaml.text(pathEntry);
            ValueType type = ProfileFormat.typeOf(path);
            if (type == null || type == ValueType.MAPPING || path.equals("framework") || path.startsWith("organisation.")
                    || path.equals("channels")) {
                throw yaml.error(pathEntry, "'" + path + "' is not a field of a body in the profile format");
            }
            if (!seen.add(path)) {
                throw yaml.error(pathEntry, "'" + path + "' is settled twice");
            }
            Entry valueEntry = yaml.required(m, "value");
            boolean list = type == ValueType.LIST;
            List<String> values = list ? yaml.strings(valueEntry) : List.of(yaml.scalar(valueEntry));
            if (list != valueEntry.value() instanceof ListNode) {
                throw yaml.error(valueEntry, list ? "'" + path + "' is a list: give its values as a list" : "'" + path + "' takes one value");
            }
            checkValues(path, values, valueEntry);
            Certainty sure = certainty(yaml.required(m, "sure"));
            Entry bindingEntry = yaml.required(m, "binding");
            Binding binding = binding(bindingEntry);
            if (list && binding == Binding.MANDATORY) {
                throw yaml.error(bindingEntry, "the law's values are added to a list field, so it cannot be mandatory");
            }
            List<String> allowed = m.entries().containsKey("also-allowed") ? yaml.strings(m.entries().get("also-allowed")) : List.of();
            if (!allowed.isEmpty()) {
                if (binding != Binding.MANDATORY) {
                    throw yaml.error(m.entries().get("also-allowed"), "also-allowed is for a mandatory field");
                }
                checkValues(path, allowed, m.entries().get("also-allowed"));
            }
            if (m.entries().containsKey("clause-names") && binding != Binding.MANDATORY) {
                throw yaml.error(m.entries().get("clause-names"), "clause-names is for a mandatory field");
            }
            fields.add(new LawField(path, values, list, yaml.text(yaml.required(m, "citation")), sure, binding, allowed,
                    yaml.phrases(m, "when"), yaml.phrases(m, "unless"), yaml.phrases(m, "clause-names"), yaml.optionalBilingual(m, "gloss"),
                    yaml.optionalBilingual(m, "note"), m.line()));
        }
        return List.copyOf(fields);
    }

    private List<Restatement> restatements(MapNode top) {
        List<Restatement> list = new ArrayList<>();
        for (Node item : yaml.items(top, "restates")) {
            MapNode m = yaml.map(item, "a rule of the law a charter restates");
            yaml.keys(m, RESTATES);
            Entry drops = yaml.required(m, "drops");
            for (String drop : yaml.strings(drops)) {
                int eq = drop.indexOf('=');
                ValueType type = eq < 0 ? null : ProfileFormat.typeOf(drop.substring(0, eq));
                if (type == null || type == ValueType.MAPPING) {
                    throw yaml.error(drops, "'" + drop + "' is not a fact written field=value");
                }
            }
            Phrases with = yaml.phrases(m, "sentences-with");
            if (with.isEmpty()) {
                throw yaml.error(m, "a restatement needs sentences-with");
            }
            list.add(new Restatement(yaml.bilingual(yaml.required(m, "what")), yaml.text(yaml.required(m, "citation")), with,
                    yaml.phrases(m, "unless-with"), yaml.strings(drops)));
        }
        return List.copyOf(list);
    }

    private List<LawNote> notes(MapNode top) {
        List<LawNote> notes = new ArrayList<>();
        for (Node item : yaml.items(top, "also")) {
            MapNode m = yaml.map(item, "a rule that is no field of the format");
            yaml.keys(m, ALSO);
            notes.add(new LawNote(yaml.bilingual(yaml.required(m, "what")), yaml.text(yaml.required(m, "citation")), certainty(yaml.required(m, "sure"))));
        }
        return List.copyOf(notes);
    }

    /** Each value as a profile would give it, checked by the profile reader itself. */
    private void checkValues(String path, List<String> values, Entry at) {
        for (String value : values) {
            ProfileBody body = new ProfileBody(new MapNode(new LinkedHashMap<>(Map.of("id",
                    new Entry("id", 1, 1, new ScalarNode("b", 1, 1)))), 1, 1));
            LawField probe = new LawField(path, List.of(value), ProfileFormat.typeOf(path) == ValueType.LIST, "", Certainty.T,
                    Binding.DEFAULT, List.of(), Phrases.NONE, Phrases.NONE, Phrases.NONE, null, null, 0);
            ValueType type = ProfileFormat.typeOf(path);
            if (type == ValueType.FLAG && !value.matches("true|false") || type == ValueType.COUNT && !value.matches("\\d{1,9}")) {
                throw yaml.error(at, "'" + value + "' is not a value of " + path);
            }
            body.put(path, LawReading.node(probe, List.of(value), 1, 1));
            Map<String, Entry> root = new LinkedHashMap<>();
            root.put("organisation", new Entry("organisation", 1, 1, new MapNode(Map.of("name",
                    new Entry("name", 1, 1, new ScalarNode("o", 1, 1))), 1, 1)));
            root.put("bodies", new Entry("bodies", 1, 1, new ListNode(List.of(body.node()), 1, 1)));
            try {
                new ProfileReader(TextMeter.NONE).read(file.shown(), new MapNode(root, 1, 1), Path.of("."), InputKind.PROFILE);
            } catch (InputError e) {
                String message = e.problems().get(0).message();
                throw yaml.error(at, "'" + value + "' is not a value of " + path + ": " + message);
            }
        }
    }

    private Certainty certainty(Entry e) {
        String sure = yaml.text(e);
        for (Certainty c : Certainty.values()) {
            if (c.name().equals(sure)) {
                return c;
            }
        }
        throw yaml.error(e, "sure is T (read in the legal text) or S (from a summary); frameworks.md's rows marked I alone or ? are not encoded, not '"
                + sure + "'");
    }

    private Binding binding(Entry e) {
        String text = yaml.text(e);
        for (Binding b : Binding.values()) {
            if (b.label().equals(text)) {
                return b;
            }
        }
        throw yaml.error(e, "binding is mandatory or default, not '" + text + "'");
    }
}
