package mirage.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import mirage.facts.Labelled;
import mirage.input.Wording;

/**
 * The shape of a value in the profile format (and in the config file, which reuses it). One
 * declaration ({@link ProfileFormat}) drives both the checking of input and the published
 * JSON Schema, so they cannot drift.
 */
public sealed interface Shape {

    /** What the value must be, as said in messages ("one of: a, b"), in English and French. */
    Wording expected();

    /** A mapping with named fields; any other key is an error. */
    record Obj(String what, List<Field> fields, Map<String, Field> byName) implements Shape {

        public Obj(String what, List<Field> fields) {
            this(what, List.copyOf(fields), fields.stream().collect(Collectors.toUnmodifiableMap(Field::name, f -> f)));
        }

        Optional<Field> field(String name) {
            return Optional.ofNullable(byName.get(name));
        }

        @Override
        public Wording expected() {
            return Wording.of("expected.mapping", Shape.what(what));
        }
    }

    /** How a mapping is named in messages ("body", "instance"). */
    static Wording what(String what) {
        return Wording.named("what", what);
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
        public Wording expected() {
            return Wording.of("expected.mapping", Shape.what(what));
        }
    }

    /**
     * Text that must be one of a set known only at run time, such as the trap ids of the
     * loaded catalogue; {@code what} names the set in messages ({@code trap}: "a trap of the
     * catalogue (see 'mirage traps')").
     */
    record Known(java.util.Set<String> values, String what) implements Shape {
        @Override
        public Wording expected() {
            return Wording.of("expected.known." + what);
        }
    }

    /** One of a closed set of kebab-case values. */
    record Choice(List<String> values) implements Shape {
        static <E extends Enum<E> & Labelled> Choice of(Class<E> type) {
            return new Choice(Arrays.stream(type.getEnumConstants()).map(Labelled::label).toList());
        }

        @Override
        public Wording expected() {
            return Wording.of("expected.choice", String.join(", ", values));
        }
    }

    record ListOf(Shape item) implements Shape {
        @Override
        public Wording expected() {
            return item instanceof Choice choice ? Wording.of("expected.list-of-choices", String.join(", ", choice.values()))
                    : Wording.of("expected.list", item.expected());
        }
    }

    /** Free text (numbers are accepted and read as text). */
    record Text() implements Shape {
        @Override
        public Wording expected() {
            return Wording.of("expected.text");
        }
    }

    /** Text matching a pattern, such as an ISO 3166 code; {@code hint} names its wording ({@code expected.code.hint}). */
    record Code(Pattern pattern, String hint) implements Shape {

        public Code(String regex, String hint) {
            this(Pattern.compile(regex), hint);
        }

        @Override
        public Wording expected() {
            return Wording.of("expected.code." + hint);
        }
    }

    /** A whole number, zero or more. */
    record Count() implements Shape {
        @Override
        public Wording expected() {
            return Wording.of("expected.count");
        }
    }

    record Flag() implements Shape {
        @Override
        public Wording expected() {
            return Wording.of("expected.flag");
        }
    }

    /** A calendar date, YYYY-MM-DD. */
    record Day() implements Shape {
        @Override
        public Wording expected() {
            return Wording.of("expected.day");
        }
    }

    /** Exactly this text. */
    record Fixed(String value) implements Shape {
        @Override
        public Wording expected() {
            return Wording.same("'" + value + "'");
        }
    }
}
