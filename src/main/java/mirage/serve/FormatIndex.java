package mirage.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mirage.profile.FormatField;

/** The profile format's fields by parent, so a tree can be walked in the declaration's order. */
final class FormatIndex {

    static final FormatIndex MIRAGE_V1 = new FormatIndex(FormatField.all());

    private final Map<String, FormatField> byPath = new LinkedHashMap<>();
    private final Map<String, List<FormatField>> children = new LinkedHashMap<>();

    FormatIndex(List<FormatField> fields) {
        for (FormatField field : fields) {
            byPath.put(field.path(), field);
            children.computeIfAbsent(parentOf(field.path()), k -> new ArrayList<>()).add(field);
        }
    }

    /** The fields of the mapping at this declared path ("" for the profile's root). */
    List<FormatField> childrenOf(String path) {
        return children.getOrDefault(path, List.of());
    }

    FormatField field(String path) {
        return byPath.get(path);
    }

    List<FormatField> all() {
        return List.copyOf(byPath.values());
    }

    /** "bodies.seats.users" from "bodies.0.seats.users": the declared path of a concrete one. */
    static String declared(String concrete) {
        StringBuilder b = new StringBuilder();
        for (String part : concrete.split("\\.")) {
            if (!part.chars().allMatch(Character::isDigit)) {
                b.append(b.isEmpty() ? "" : ".").append(part);
            }
        }
        return b.toString();
    }

    static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String parentOf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }
}
