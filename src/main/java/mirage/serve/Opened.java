package mirage.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import mirage.facts.Origin;

/**
 * A file opened in the workbench: the profile the page edits, under the name it is exported
 * with, and, for a charter, its sentences and the source of each fact read from them.
 *
 * @param name      the exported profile's file name ("comite-parents.yaml")
 * @param from      the file it was opened from, or null for a blank page
 * @param kind      "profile", "charter" or "blank"
 * @param sentences a charter's sentences in reading order; empty otherwise
 * @param also      further sentences that gave a fact already given, by concrete path
 */
record Opened(String name, String from, String kind, ObjectNode profile, Map<String, Source> sources,
        List<Origin> sentences, Map<String, List<Origin>> also) {

    static Opened blank() {
        ObjectNode profile = JsonNodeFactory.instance.objectNode();
        profile.put("format", "mirage/v1");
        return new Opened("profile.yaml", null, "blank", profile, Map.of(), List.of(), Map.of());
    }

    ObjectNode json() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("name", name);
        node.put("from", from);
        node.put("kind", kind);
        node.set("profile", profile);
        ObjectNode s = node.putObject("sources");
        sources.forEach((path, source) -> s.set(path, source.json()));
        ArrayNode list = node.putArray("sentences");
        for (Origin origin : sentences) {
            list.add(place(origin));
        }
        ObjectNode more = node.putObject("also");
        also.forEach((path, origins) -> {
            ArrayNode places = more.putArray(path);
            origins.forEach(o -> places.add(place(o)));
        });
        return node;
    }

    private static ObjectNode place(Origin origin) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("line", origin.line());
        node.put("column", origin.column());
        node.put("text", origin.sentence());
        return node;
    }
}
