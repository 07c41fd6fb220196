package mirage.facts;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The origin of a fact record and of each of its fields, by the field's path in the
 * profile format ("power", "seats.users", "representatives.mandate").
 */
public record Origins(Origin self, Map<String, Origin> fields) {

    public Origins {
        fields = Map.copyOf(fields);
    }

    public static Origins of(Origin self) {
        return new Origins(self, Map.of());
    }

    /** The origin of a field, or of the record itself when the field was not given. */
    public Origin at(String field) {
        return fields.getOrDefault(field, self);
    }

    /** Whether the field was given (explicitly or read from a charter's silence). */
    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /** These origins with one more field. */
    public Origins with(String field, Origin origin) {
        Map<String, Origin> more = new LinkedHashMap<>(fields);
        more.put(field, origin);
        return new Origins(self, more);
    }
}
