package mirage.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import mirage.facts.Labelled;

/**
 * The shape of a value in the profile format (and in the config file, which reuses it). One
 * declaration ({@link ProfileFormat}) drives both the checking of input and the published
 * JSON Schema, so they cannot drift.
 */
public sealed interface Shape {

    /** What the value must be, as said in messages ("one of: a, b"). */
    String expected();

    /** A mapping with named fields; any other key is an error. */
    record Obj(String what, List<Field> fields, Map<String, Field> byName) implements Shape {

        public Obj(String what, List<Field> fields) {
            this(what, List.copyOf(fields), fields.stream().collect(Collectors.toUnmodifiableMap(Field::name, f -> f)));
        }

        Optional<Field> field(String name) {
            return Optional.ofNullable(byName.get(name));
        }

        @Override
        public String expected() {
            return "a mapping (" + what + ")";
        }
    }

    /** A field of a mapping; {@code doc} is its one-line description. */
    record Field(String name, Shape shape, boolean required, String doc) {

        public static Field required(String name, Shape shape, String doc) {
            return new Field(name, shape, true, doc);
        }

        public static Field optional(String name, Shape shape, String doc) {
            return new Field(name, shape, false, doc);
        }
    }

    /** A mapping whose keys are free (ids known only at run time), each holding a value of one shape. */
    record MapOf(String what, Shape value) implements Shape {
        @Override
        public String expected() {
            return "a mapping (" + what + ")";
        }
    }

    /**
     * Text that must be one of a set known only at run time, such as the trap ids of the
     * loaded catalogue; {@code what} names the set in messages ("trap of the catalogue").
     */
    record Known(java.util.Set<String> values, String what, String hint) implements Shape {
        @Override
        public String expected() {
            return "a " + what + " (" + hint + ")";
        }
    }

    /** One of a closed set of kebab-case values. */
    record Choice(List<String> values) implements Shape {
        static <E extends Enum<E> & Labelled> Choice of(Class<E> type) {
            return new Choice(Arrays.stream(type.getEnumConstants()).map(Labelled::label).toList());
        }

        @Override
        public String expected() {
            return "one of: " + String.join(", ", values);
        }
    }

    record ListOf(Shape item) implements Shape {
        @Override
        public String expected() {
            return "a list of " + item.expected().replaceFirst("^one of", "values among");
        }
    }

    /** Free text (numbers are accepted and read as text). */
    record Text() implements Shape {
        @Override
        public String expected() {
            return "text";
        }
    }

    /** Text matching a pattern, such as an ISO 3166 code. */
    record Code(Pattern pattern, String hint) implements Shape {

        public Code(String regex, String hint) {
            this(Pattern.compile(regex), hint);
        }

        @Override
        public String expected() {
            return hint;
        }
    }

    /** A whole number, zero or more. */
    record Count() implements Shape {
        @Override
        public String expected() {
            return "a whole number, zero or more";
        }
    }

    record Flag() implements Shape {
        @Override
        public String expected() {
            return "true or false";
        }
    }

    /** A calendar date, YYYY-MM-DD. */
    record Day() implements Shape {
        @Override
        public String expected() {
            return "a date written YYYY-MM-DD";
        }
    }

    /** Exactly this text. */
    record Fixed(String value) implements Shape {
        @Override
        public String expected() {
            return "'" + value + "'";
        }
    }
}
