package mirage.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mirage.facts.Body;
import mirage.facts.Document;
import mirage.facts.Dossier;
import mirage.facts.Labelled;
import mirage.facts.Origin;
import mirage.facts.Origins;
import mirage.profile.FormatField;
import mirage.profile.ProfileFormat;

/**
 * A charter's dossier as a profile tree, with the source of each fact: what the charter
 * reader read from its sentences, its silence and its front matter, written back in the
 * profile format's fields. Record components are found by the fields' names, so a field
 * added to the format is carried over without a change here (or fails loudly).
 */
final class DossierTree {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final FormatIndex format = FormatIndex.MIRAGE_V1;
    private final Dossier dossier;
    private final Origin title;
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, List<Origin>> also = new LinkedHashMap<>();

    /** The tree, the source of each fact by concrete path, and the further sentences that gave the same fact. */
    record Tree(ObjectNode profile, Map<String, Source> sources, Map<String, List<Origin>> also) {}

    private final String prose;

    private DossierTree(Dossier dossier, String prose) {
        this.dossier = dossier;
        this.prose = prose;
        this.title = dossier.documents().isEmpty() ? null : dossier.documents().get(0).origins().self();
    }

    /**
     * @param dossier what the charter reader made of a charter: its first document is the charter itself
     * @param prose   the charter's prose, the text of that document
     */
    static Tree of(Dossier dossier, String prose) {
        return new DossierTree(dossier, prose).build();
    }

    private Tree build() {
        ObjectNode root = JSON.objectNode();
        root.put("format", ProfileFormat.VERSION);
        ObjectNode organisation = record(dossier.organisation(), "organisation");
        root.set("organisation", organisation);
        note("organisation.", dossier.organisation().origins());
        ArrayNode bodies = root.putArray("bodies");
        for (int i = 0; i < dossier.bodies().size(); i++) {
            Body body = dossier.bodies().get(i);
            ObjectNode node = record(body, "bodies");
            int index = i;
            List<Object> contributions = dossier.contributions().stream().filter(c -> c.body().equals(body.id())).map(c -> (Object) c).toList();
            List<Document> documents = dossier.documents().stream().filter(d -> d.body().equals(body.id())).toList();
            list(node, "bodies.contributions", contributions, body.origins().has("contributions"));
            ArrayNode docs = JSON.arrayNode();
            for (int d = 0; d < documents.size(); d++) {
                Document document = documents.get(d);
                ObjectNode item = record(document, "bodies.documents");
                if (document.index() == 0) {
                    // The charter is itself a text handed to the representatives: its jargon is measured as theirs.
                    item.put("text", prose);
                    note("bodies." + index + ".documents." + d + ".", document.origins());
                    sources.put("bodies." + index + ".documents." + d + ".title", new Source(Source.Kind.TITLE, title.file(),
                            title.line(), title.column(), null, null, null, false));
                }
                docs.add(item);
            }
            if (!docs.isEmpty()) {
                node.set("documents", docs);
            }
            bodies.add(node);
            note("bodies." + index + ".", body.origins());
        }
        list(root, "proposals", List.copyOf(dossier.proposals()), !dossier.proposals().isEmpty());
        list(root, "decisions", List.copyOf(dossier.decisions()), !dossier.decisions().isEmpty());
        if (dossier.organisation().channels() != null) {
            root.set("channels", labels(dossier.organisation().channels(), format.field("channels")));
        }
        list(root, "waivers", List.copyOf(dossier.waivers()), !dossier.waivers().isEmpty());
        return new Tree(root, sources, also);
    }

    private void list(ObjectNode parent, String declared, List<Object> records, boolean given) {
        if (!given) {
            return;
        }
        ArrayNode items = parent.putArray(FormatIndex.leaf(declared));
        for (Object record : records) {
            items.add(record(record, declared));
        }
    }

    /** The record's fields that the format declares at this path, those not given left out. */
    private ObjectNode record(Object record, String declared) {
        ObjectNode node = JSON.objectNode();
        for (FormatField field : format.childrenOf(declared)) {
            if (field.kind() == FormatField.Kind.LIST_OF_MAPPINGS) {
                continue; // a body's contributions and documents are records of their own
            }
            String name = FormatIndex.leaf(field.path());
            if (declared.equals("organisation") && name.equals("channels")) {
                continue;
            }
            Object value = component(record, name);
            if (value == null) {
                continue;
            }
            switch (field.kind()) {
                case MAPPING -> {
                    ObjectNode inner = record(value, field.path());
                    if (!inner.isEmpty()) {
                        node.set(name, inner);
                    }
                }
                case CHOICES -> node.set(name, labels((Collection<?>) value, field));
                case CHOICE -> node.put(name, ((Labelled) value).label());
                case FLAG -> node.put(name, (Boolean) value);
                case COUNT -> node.put(name, ((Number) value).longValue());
                case DAY -> node.put(name, ((LocalDate) value).toString());
                default -> node.put(name, String.valueOf(value));
            }
        }
        return node;
    }

    /** The values of a set, in the order the format declares them (the same bytes every time). */
    private static ArrayNode labels(Collection<?> values, FormatField field) {
        ArrayNode array = JSON.arrayNode();
        List<String> given = values.stream().map(v -> ((Labelled) v).label()).toList();
        field.choices().stream().filter(given::contains).forEach(array::add);
        return array;
    }

    private static Object component(Object record, String field) {
        String wanted = camel(field.equals("return") ? "returned" : field);
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(wanted)) {
                try {
                    return c.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        if (record instanceof Document && field.equals("text")) {
            return null; // a document's text is read into its measure, and not kept
        }
        throw new IllegalStateException("the profile format's field '" + field + "' has no component in "
                + record.getClass().getSimpleName());
    }

    private static String camel(String kebab) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }

    /** The sources of a record's fields, under the record's concrete prefix. */
    private void note(String prefix, Origins origins) {
        origins.fields().forEach((field, origin) -> {
            if (field.equals("contributions") || field.equals("documents")) {
                return;
            }
            String path = prefix.equals("organisation.") && field.equals("channels") ? "channels" : prefix + field;
            sources.put(path, titled(origin) ? new Source(Source.Kind.TITLE, origin.file(), origin.line(), origin.column(),
                    null, null, null, false) : Source.of(origin));
        });
        origins.others().forEach((field, more) -> {
            if (!more.isEmpty()) {
                also.put(prefix + field, List.copyOf(more));
            }
        });
    }

    /** A name or id the charter reader took from the charter's title (no front matter gave it). */
    private boolean titled(Origin origin) {
        return title != null && origin.sentence() == null && !origin.silent()
                && origin.line() == title.line() && origin.column() == title.column();
    }
}
