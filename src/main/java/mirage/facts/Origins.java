package mirage.facts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The origin of a fact record and of each of its fields, by the field's path in the
 * profile format ("power", "seats.users", "representatives.mandate").
 *
 * @param fields where each field was first given
 * @param others where else a field was given (a charter's later sentences saying the same)
 */
public record Origins(Origin self, Map<String, Origin> fields, Map<String, List<Origin>> others) implements Serializable {

    public Origins {
        fields = Map.copyOf(fields);
        others = Map.copyOf(others);
    }

    public Origins(Origin self, Map<String, Origin> fields) {
        this(self, fields, Map.of());
    }

    /** Every origin of the field that was first given at {@code first}, that one included. */
    public List<Origin> contributors(Origin first) {
        List<Origin> all = new ArrayList<>();
        all.add(first);
        fields.forEach((field, origin) -> {
            if (origin.equals(first)) {
                all.addAll(others.getOrDefault(field, List.of()));
            }
        });
        return all;
    }

    public static Origins of(Origin self) {
        return new Origins(self, Map.of());
    }

    /** The origin of a field, or of the record itself when the field was not given. */
    public Origin at(String field) {
        return fields.getOrDefault(field, self);
    }

    /**
     * Where the first of these values of a list field was given ("representatives.obligations",
     * waive-complaints): the item in a profile, the sentence in a charter; the field itself
     * when no value has a place of its own.
     */
    public Origin at(String field, Labelled... values) {
        Origin first = null;
        for (Labelled value : values) {
            Origin o = fields.get(field + "=" + value.label());
            if (o != null && (first == null || o.line() < first.line() || o.line() == first.line() && o.column() < first.column())) {
                first = o;
            }
        }
        return first != null ? first : at(field);
    }

    /** Whether the field was given (explicitly or read from a charter's silence). */
    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /** These origins with one more field. */
    public Origins with(String field, Origin origin) {
        Map<String, Origin> more = new LinkedHashMap<>(fields);
        more.put(field, origin);
        return new Origins(self, more, others);
    }
}
