package mirage.cases;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import mirage.facts.Labelled;

/**
 * The value of a fact's field by its profile path ("representatives.obligations"), as a
 * case file writes it: a label, a number or boolean as text, a sorted list, or null.
 */
final class FieldValue {

    private FieldValue() {}

    static Object of(Object record, String path) {
        Object value = record;
        for (String part : path.split("\\.")) {
            if (value == null) {
                return null;
            }
            value = component(value, camel(part));
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(FieldValue::text).sorted().toList();
        }
        return value == null ? null : text(value);
    }

    private static String text(Object value) {
        return value instanceof Labelled l ? l.label() : String.valueOf(value);
    }

    private static Object component(Object record, String name) {
        String wanted = name.equals("return") ? "returned" : name;
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(wanted)) {
                try {
                    return c.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException("no field '" + name + "' in " + record.getClass().getSimpleName());
    }

    private static String camel(String kebab) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : Character.toLowerCase(c));
                up = false;
            }
        }
        return b.toString();
    }
}
