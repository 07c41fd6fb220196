package mirage.engine;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Optional;
import mirage.facts.Body;
import mirage.facts.Labelled;

/**
 * The choice a body's field holds, found from the fact records themselves: {@code chair} is
 * a {@code Chair}, {@code representatives.selection} a {@code Selection}, a list field its
 * items' type. Lets evidence that carries a value as a profile writes it ("professional")
 * show it as the choice, in the report's language.
 */
final class FactTypes {

    private FactTypes() {}

    /** The choice of that field written {@code text}, if the field holds choices and one is so written. */
    static Optional<Labelled> choice(String path, String text) {
        Class<?> type = Body.class;
        Type component = null;
        for (String part : path.split("\\.")) {
            if (!type.isRecord()) {
                return Optional.empty();
            }
            RecordComponent found = Arrays.stream(type.getRecordComponents())
                    .filter(c -> c.getName().equals(camel(part))).findFirst().orElse(null);
            if (found == null) {
                return Optional.empty();
            }
            component = found.getGenericType();
            type = found.getType();
        }
        if (component instanceof ParameterizedType generic && generic.getActualTypeArguments().length == 1
                && generic.getActualTypeArguments()[0] instanceof Class<?> item) {
            type = item;
        }
        if (!type.isEnum() || !Labelled.class.isAssignableFrom(type)) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).map(Labelled.class::cast).filter(c -> c.label().equals(text)).findFirst();
    }

    /** {@code agenda-set-by} is the component {@code agendaSetBy}. */
    private static String camel(String kebab) {
        StringBuilder name = new StringBuilder();
        boolean up = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                up = true;
            } else {
                name.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return name.toString();
    }
}
