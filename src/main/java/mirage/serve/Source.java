package mirage.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import mirage.facts.Origin;

/**
 * Where one fact of the workbench's profile came from: a charter's sentence, its silence,
 * its front matter, or the auditor (who corrected, added or removed a fact read from it).
 * Carried by the page with the profile, and written as a comment above the fact in the
 * exported YAML.
 *
 * @param sentence the charter's sentence, or null (silence, front matter)
 * @param silentOn for a fact read from silence, the field the charter says nothing about
 * @param was      for a fact the auditor corrected or removed, the value read from the charter
 * @param accepted the auditor checked the fact against its sentence and kept it
 */
record Source(Kind kind, String file, int line, int column, String sentence, String silentOn, String was, boolean accepted) {

    enum Kind {
        SENTENCE, SILENCE, FRONT_MATTER, TITLE, CORRECTED, ADDED, REMOVED;

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Kind byLabel(String label) {
            for (Kind kind : values()) {
                if (kind.label().equals(label)) {
                    return kind;
                }
            }
            throw new BadRequest("unknown source kind '" + label + "'");
        }
    }

    /** The source of a fact read from a charter (or its front matter) at this origin. */
    static Source of(Origin origin) {
        Kind kind = origin.silent() ? Kind.SILENCE : origin.sentence() != null ? Kind.SENTENCE : Kind.FRONT_MATTER;
        return new Source(kind, origin.file(), origin.line(), origin.column(), origin.sentence(), origin.silentOn(), null, false);
    }

    ObjectNode json() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("kind", kind.label());
        node.put("file", file);
        node.put("line", line);
        node.put("column", column);
        if (sentence != null) {
            node.put("sentence", sentence);
        }
        if (silentOn != null) {
            node.put("silent-on", silentOn);
        }
        if (was != null) {
            node.put("was", was);
        }
        if (accepted) {
            node.put("accepted", true);
        }
        return node;
    }

    static Source fromJson(JsonNode node) {
        if (!node.isObject() || !node.path("kind").isTextual()) {
            throw new BadRequest("a fact's source must be an object with a kind");
        }
        return new Source(Kind.byLabel(node.get("kind").asText()), text(node, "file"), node.path("line").asInt(0),
                node.path("column").asInt(0), text(node, "sentence"), text(node, "silent-on"), text(node, "was"),
                node.path("accepted").asBoolean(false));
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
