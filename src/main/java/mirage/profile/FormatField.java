package mirage.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import mirage.profile.Shape.Choice;
import mirage.profile.Shape.Code;
import mirage.profile.Shape.Count;
import mirage.profile.Shape.Day;
import mirage.profile.Shape.Field;
import mirage.profile.Shape.Fixed;
import mirage.profile.Shape.Flag;
import mirage.profile.Shape.ListOf;
import mirage.profile.Shape.Obj;
import mirage.profile.Shape.Text;

/**
 * One field of the profile format as other packages see it (the workbench asks a question
 * for each): its path, the kind of value it takes, and its allowed values. Read from the
 * same declaration ({@link ProfileFormat}) the reader checks against, so the two cannot drift.
 *
 * @param path     "organisation.user-rights", "bodies.seats.users", "proposals.outcome":
 *                 the names from the profile's root, list items not numbered
 * @param kind     what the value is
 * @param choices  the allowed values of a choice or of a list of choices, in declaration order; empty otherwise
 * @param pattern  the pattern of a code (jurisdiction, language), or null
 * @param required whether the field must be given where its mapping is
 * @param doc      the declaration's one-line description
 */
public record FormatField(String path, Kind kind, List<String> choices, Pattern pattern, boolean required, String doc) {

    /** The kinds of value of the format. */
    public enum Kind {
        /** A mapping with fields of its own (organisation, seats, representatives). */
        MAPPING,
        /** A list of mappings (bodies, proposals, contributions...). */
        LIST_OF_MAPPINGS,
        /** One of a closed set. */
        CHOICE,
        /** Several of a closed set. */
        CHOICES,
        COUNT,
        FLAG,
        TEXT,
        /** Text matching {@link FormatField#pattern()}. */
        CODE,
        /** A date, YYYY-MM-DD. */
        DAY,
        /** Exactly one value ({@code format: mirage/v1}). */
        FIXED
    }

    public FormatField {
        choices = List.copyOf(choices);
    }

    /** Every field of {@code mirage/v1}, a mapping before its fields, in declaration order. */
    public static List<FormatField> all() {
        List<FormatField> fields = new ArrayList<>();
        walk(ProfileFormat.PROFILE, "", fields);
        return List.copyOf(fields);
    }

    private static void walk(Obj obj, String prefix, List<FormatField> out) {
        for (Field field : obj.fields()) {
            String path = prefix + field.name();
            Shape shape = field.shape();
            if (shape instanceof Obj inner) {
                out.add(new FormatField(path, Kind.MAPPING, List.of(), null, field.required(), field.doc()));
                walk(inner, path + ".", out);
            } else if (shape instanceof ListOf list && list.item() instanceof Obj inner) {
                out.add(new FormatField(path, Kind.LIST_OF_MAPPINGS, List.of(), null, field.required(), field.doc()));
                walk(inner, path + ".", out);
            } else if (shape instanceof ListOf list && list.item() instanceof Choice choice) {
                out.add(new FormatField(path, Kind.CHOICES, choice.values(), null, field.required(), field.doc()));
            } else {
                out.add(leaf(path, shape, field));
            }
        }
    }

    private static FormatField leaf(String path, Shape shape, Field field) {
        Kind kind;
        List<String> choices = List.of();
        Pattern pattern = null;
        if (shape instanceof Choice choice) {
            kind = Kind.CHOICE;
            choices = choice.values();
        } else if (shape instanceof Count) {
            kind = Kind.COUNT;
        } else if (shape instanceof Flag) {
            kind = Kind.FLAG;
        } else if (shape instanceof Code code) {
            kind = Kind.CODE;
            pattern = code.pattern();
        } else if (shape instanceof Day) {
            kind = Kind.DAY;
        } else if (shape instanceof Fixed fixed) {
            kind = Kind.FIXED;
            choices = List.of(fixed.value());
        } else if (shape instanceof Text) {
            kind = Kind.TEXT;
        } else {
            throw new IllegalStateException("a field of a shape the workbench does not know: " + path + " " + shape);
        }
        return new FormatField(path, kind, choices, pattern, field.required(), field.doc());
    }
}
