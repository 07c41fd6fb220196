package mirage.profile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import mirage.input.Problem;
import mirage.input.Wording;
import mirage.profile.Node.Entry;
import mirage.profile.Node.ListNode;
import mirage.profile.Node.MapNode;
import mirage.profile.Node.ScalarNode;
import mirage.profile.Shape.Choice;
import mirage.profile.Shape.Code;
import mirage.profile.Shape.Count;
import mirage.profile.Shape.Day;
import mirage.profile.Shape.Field;
import mirage.profile.Shape.Fixed;
import mirage.profile.Shape.Flag;
import mirage.profile.Shape.Known;
import mirage.profile.Shape.ListOf;
import mirage.profile.Shape.MapOf;
import mirage.profile.Shape.Obj;
import mirage.profile.Shape.Text;

/**
 * Checks a tree against a {@link Shape} and lists every problem with its position. A null
 * value is read as "not given", the same as a missing key.
 */
public final class ShapeCheck {

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    private ShapeCheck(String file) {
        this.file = file;
    }

    public static List<Problem> check(String file, Node node, Shape shape) {
        ShapeCheck check = new ShapeCheck(file);
        check.value(node, shape, "");
        return check.problems;
    }

    private void value(Node node, Shape shape, String path) {
        if (node instanceof ScalarNode s && s.value() == null) {
            return;
        }
        if (shape instanceof Obj obj) {
            object(node, obj, path);
        } else if (shape instanceof ListOf list) {
            list(node, list, path);
        } else if (shape instanceof MapOf map) {
            map(node, map, path);
        } else if (shape instanceof Known known) {
            known(node, known, path);
        } else if (shape instanceof Choice choice) {
            scalar(node, path, shape, String.class::isInstance, v -> choice.values().contains(v),
                    v -> suggestion((String) v, choice.values()));
        } else if (shape instanceof Text) {
            scalar(node, path, shape, v -> v instanceof String || v instanceof Long, v -> true, v -> Wording.same(""));
        } else if (shape instanceof Code code) {
            scalar(node, path, shape, String.class::isInstance, v -> code.pattern().matcher((String) v).matches(), v -> Wording.same(""));
        } else if (shape instanceof Count) {
            scalar(node, path, shape, Long.class::isInstance, v -> (Long) v >= 0, v -> Wording.same(""));
        } else if (shape instanceof Flag) {
            scalar(node, path, shape, Boolean.class::isInstance, v -> true, v -> Wording.same(""));
        } else if (shape instanceof Day) {
            scalar(node, path, shape, String.class::isInstance, ShapeCheck::isDate, v -> Wording.same(""));
        } else if (shape instanceof Fixed fixed) {
            scalar(node, path, shape, String.class::isInstance, fixed.value()::equals, v -> Wording.same(""));
        }
    }

    private void object(Node node, Obj obj, String path) {
        if (!(node instanceof MapNode map)) {
            wrongType(node, path, obj);
            return;
        }
        for (Entry entry : map.entries().values()) {
            Optional<Field> field = obj.field(entry.key());
            if (field.isEmpty()) {
                List<String> names = obj.fields().stream().map(Field::name).toList();
                problems.add(Problem.of(file, entry.line(), entry.column(), Wording.of("shape.unknown-field", entry.key(),
                        Shape.what(obj.what()), suggestion(entry.key(), names), String.join(", ", names))));
            } else {
                value(entry.value(), field.get().shape(), join(path, entry.key()));
            }
        }
        for (Field field : obj.fields()) {
            Entry entry = map.entries().get(field.name());
            boolean absent = entry == null || entry.value() instanceof ScalarNode s && s.value() == null;
            if (field.required() && absent) {
                int line = entry == null ? map.line() : entry.line();
                int column = entry == null ? map.column() : entry.column();
                problems.add(Problem.of(file, line, column,
                        Wording.of("shape.required", Shape.what(obj.what()), field.name(), field.shape().expected())));
            }
        }
    }

    private void known(Node node, Known known, String path) {
        if (!(node instanceof ScalarNode s) || !(s.value() instanceof String id)) {
            wrongType(node, path, known);
        } else if (!known.values().contains(id)) {
            problems.add(Problem.of(file, node.line(), node.column(), Wording.of("shape.unknown-id", path, id,
                    known.expected(), suggestion(id, known.values().stream().sorted().toList()))));
        }
    }

    private void map(Node node, MapOf shape, String path) {
        if (!(node instanceof MapNode map)) {
            wrongType(node, path, shape);
            return;
        }
        for (Entry entry : map.entries().values()) {
            value(entry.value(), shape.value(), join(path, entry.key()));
        }
    }

    private void list(Node node, ListOf list, String path) {
        if (!(node instanceof ListNode items)) {
            wrongType(node, path, list);
            return;
        }
        for (int i = 0; i < items.items().size(); i++) {
            value(items.items().get(i), list.item(), path + "[" + i + "]");
        }
    }

    private void scalar(Node node, String path, Shape shape, java.util.function.Predicate<Object> type,
            java.util.function.Predicate<Object> valid, java.util.function.Function<Object, Wording> hint) {
        if (!(node instanceof ScalarNode s) || !type.test(s.value())) {
            wrongType(node, path, shape);
            return;
        }
        if (!valid.test(s.value())) {
            problems.add(Problem.of(file, node.line(), node.column(),
                    Wording.of("shape.invalid", Node.describe(node), path, hint.apply(s.value()), shape.expected())));
        }
    }

    private void wrongType(Node node, String path, Shape shape) {
        problems.add(Problem.of(file, node.line(), node.column(), Wording.of("shape.wrong-type",
                path.isEmpty() ? Wording.of("shape.the-file") : Wording.same(path), shape.expected(), Node.describe(node))));
    }

    private static boolean isDate(Object value) {
        try {
            LocalDate.parse((String) value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** " (did you mean 'x'?)" for a near miss, else nothing. */
    public static Wording suggestion(String given, List<String> names) {
        return names.stream()
                .filter(n -> distance(given.toLowerCase(java.util.Locale.ROOT), n) <= Math.max(2, n.length() / 4))
                .min(Comparator.comparingInt(n -> distance(given.toLowerCase(java.util.Locale.ROOT), n)))
                .map(n -> Wording.of("shape.did-you-mean", n))
                .orElse(Wording.same(""));
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
