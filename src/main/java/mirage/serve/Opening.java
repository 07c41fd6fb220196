package mirage.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import mirage.audit.InputReader;
import mirage.charter.CharterSentences;
import mirage.facts.Dossier;
import mirage.facts.InputKind;
import mirage.input.InputError;
import mirage.input.Limits;
import mirage.input.SourceText;
import mirage.profile.DocumentFile;
import mirage.profile.Node;
import mirage.profile.Node.ListNode;
import mirage.profile.Node.MapNode;
import mirage.profile.Node.ScalarNode;
import mirage.profile.TreeReader;

/**
 * Opens a profile or a charter for the workbench, with the readers {@code mirage audit}
 * uses and the same limits: a file named on the command line, or one the page uploads. A
 * file the readers refuse is refused with their messages (file, line, column).
 */
final class Opening {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** An uploaded file's name: a plain file name, no folders, nothing a header or a path could take for more. */
    private static final Pattern UPLOAD_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._()-]{0,150}");

    private final InputReader reader;
    private final Limits limits;

    Opening(InputReader reader, Limits limits) {
        this.reader = reader;
        this.limits = limits;
    }

    /** A file named on the command line; its documents' files are read from its folder. */
    Opened open(Path path) throws InputError {
        SourceText source = SourceText.read(path, path.toString(), limits.maxInputSize());
        Path folder = path.toAbsolutePath().getParent();
        return open(source, folder == null ? Path.of(".") : folder);
    }

    /** A file the page uploads: nothing beside it is read. */
    Opened upload(String name, byte[] bytes) throws InputError {
        if (name == null || !UPLOAD_NAME.matcher(name).matches() || !InputReader.accepts(name)) {
            throw new BadRequest("a profile (.yaml, .yml, .json) or a charter (.md, .txt) is expected, by a plain file name");
        }
        return open(SourceText.read(new ByteArrayInputStream(bytes), name, limits.maxInputSize()), null);
    }

    private Opened open(SourceText source, Path folder) throws InputError {
        String shown = source.name();
        String name = exportName(shown);
        // The readers resolve a document's file from the folder given; an upload has none, so
        // its documents must carry their text (checked below, after the readers' own checks).
        Path readFrom = folder == null ? Path.of(".") : folder;
        Dossier dossier = reader.read(source, readFrom);
        if (InputReader.kindOf(shown) == InputKind.CHARTER) {
            DossierTree.Tree tree = DossierTree.of(dossier, CharterSentences.prose(source));
            inline(tree.profile(), folder, shown);
            return new Opened(name, shown, "charter", tree.profile(), tree.sources(), CharterSentences.of(source), tree.also());
        }
        Node root = shown.toLowerCase(Locale.ROOT).endsWith(".json") ? TreeReader.readJson(source, limits) : TreeReader.readYaml(source, limits);
        ObjectNode profile = (ObjectNode) json(root);
        inline(profile, folder, shown);
        return new Opened(name, shown, "profile", profile, Map.of(), List.of(), Map.of());
    }

    /** "charte-du-comite.yaml" from "docs/Charte du comité.md": a plain ASCII file name for the export. */
    static String exportName(String shown) {
        String base = shown.substring(shown.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
        String plain = java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String safe = plain.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        return (safe.isEmpty() ? "profile" : safe.length() > 100 ? safe.substring(0, 100) : safe) + ".yaml";
    }

    /**
     * Puts each document's text in place of its file, so the exported profile stands alone
     * and the page never asks the server to read a file.
     */
    private void inline(ObjectNode profile, Path folder, String shown) throws InputError {
        for (JsonNode body : profile.path("bodies")) {
            for (JsonNode document : body.path("documents")) {
                if (!(document instanceof ObjectNode doc) || !doc.path("file").isTextual()) {
                    continue;
                }
                String file = doc.get("file").asText();
                if (folder == null) {
                    throw InputError.at(shown, 0, 0, "document file '" + file
                            + "': the page cannot read files beside an uploaded profile; give the document's text instead (text:)");
                }
                Path path = DocumentFile.resolve(folder, file);
                if (path == null) {
                    throw InputError.at(shown, 0, 0, "document file '" + file + "' is not inside the profile's folder");
                }
                doc.remove("file");
                doc.put("text", SourceText.read(path, file, limits.maxInputSize()).text());
            }
        }
    }

    private static JsonNode json(Node node) {
        if (node instanceof MapNode map) {
            ObjectNode object = JSON.objectNode();
            map.entries().forEach((key, entry) -> object.set(key, json(entry.value())));
            return object;
        }
        if (node instanceof ListNode list) {
            ArrayNode array = JSON.arrayNode();
            list.items().forEach(item -> array.add(json(item)));
            return array;
        }
        Object value = ((ScalarNode) node).value();
        if (value == null) {
            return JSON.nullNode();
        }
        if (value instanceof Boolean b) {
            return JSON.booleanNode(b);
        }
        if (value instanceof Long l) {
            return JSON.numberNode(l);
        }
        if (value instanceof Double d) {
            return JSON.numberNode(d);
        }
        return JSON.textNode(String.valueOf(value));
    }
}
