package mirage.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mirage.facts.Body;
import mirage.facts.Departure;
import mirage.facts.Law;
import mirage.facts.Origin;
import mirage.facts.Origins;

/**
 * What a framework's law settled in one body's fields, to be marked on the body once it is
 * read: the facts that come from the law, and the input's values that departed from it.
 *
 * @param filled   the fields the law set, by path (departed ones included)
 * @param departed the value the input gave, by path, where a mandatory rule replaced it
 * @param added    the values the law added to a list the input gave, by path
 */
public record Settlement(Framework framework, Map<String, LawField> filled, Map<String, String> departed,
        Map<String, List<String>> added, int line, int column) {

    /** The body with its law facts' origins, and the departures found in it. */
    public record Marked(Body body, List<Departure> departures) {}

    /**
     * Marks the body read from the settled fields: each law fact's origin cites its article;
     * each departure keeps where the input gave its value.
     *
     * @param charter true for a charter, false for a profile (evidence names which the law overrides)
     */
    public Marked mark(Body body, String file, boolean charter) {
        Map<String, Origin> fields = new LinkedHashMap<>(body.origins().fields());
        Map<String, List<Origin>> others = new LinkedHashMap<>(body.origins().others());
        List<Departure> departures = new ArrayList<>();
        filled.forEach((path, field) -> {
            // A clause that does not name those the rule protects is about someone else: set aside.
            boolean prevails = departed.containsKey(path) && field.namedIn(body.at(path).sentence());
            Origin law = origin(file, field, prevails, charter);
            if (prevails) {
                departures.add(new Departure(body.id(), path, departed.get(path), field.value(), framework.id(),
                        field.citation(), body.at(path)));
            }
            if (departed.containsKey(path)) {
                others.remove(path);
            }
            fields.put(path, law);
            if (field.list()) {
                field.values().forEach(v -> fields.put(path + "=" + v, law));
            }
        });
        added.forEach((path, values) -> {
            Origin law = origin(file, filled.getOrDefault(path, framework.field(path).orElseThrow()), false, charter);
            values.forEach(v -> fields.put(path + "=" + v, law));
        });
        return new Marked(body.withOrigins(new Origins(body.origins().self(), fields, others)), departures);
    }

    private Origin origin(String file, LawField field, boolean prevails, boolean charter) {
        return Origin.law(file, line, column, new Law(framework.id(), field.citation(),
                field.gloss() == null ? null : field.gloss().en(), field.gloss() == null ? null : field.gloss().fr(),
                prevails, charter));
    }
}
