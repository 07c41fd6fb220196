package mirage.profile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
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
 * The JSON Schema (draft 2020-12) of the profile format, written from the same
 * declaration the reader checks against. Every value may also be null: not given.
 */
public final class SchemaWriter {

    public static final String ID = "https://mirage.example/schema/mirage-v1.json";

    private SchemaWriter() {}

    public static String schema() {
        return schema(ProfileFormat.PROFILE, ID, "Mirage organisation profile, format " + ProfileFormat.VERSION,
                "One organisation and the bodies in which its users are represented. A missing field is unknown.");
    }

    /** The JSON Schema of any format declared with {@link Shape}s (the config file's, say). */
    public static String schema(Obj root, String id, String title, String description) {
        StringWriter out = new StringWriter();
        Separators separators = Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        try (JsonGenerator json = new JsonFactory().createGenerator(out).setPrettyPrinter(new DefaultPrettyPrinter(separators))) {
            json.writeStartObject();
            json.writeStringField("$schema", "https://json-schema.org/draft/2020-12/schema");
            json.writeStringField("$id", id);
            json.writeStringField("title", title);
            json.writeStringField("description", description);
            object(json, root, false);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void shape(JsonGenerator json, Shape shape, String doc, boolean nullable) throws IOException {
        json.writeStartObject();
        if (doc != null) {
            json.writeStringField("description", doc);
        }
        if (shape instanceof Obj obj) {
            object(json, obj, nullable);
        } else if (shape instanceof ListOf list) {
            types(json, nullable, "array");
            json.writeFieldName("items");
            shape(json, list.item(), null, true);
        } else if (shape instanceof Choice choice) {
            values(json, choice.values(), nullable);
        } else if (shape instanceof MapOf map) {
            types(json, nullable, "object");
            json.writeFieldName("additionalProperties");
            shape(json, map.value(), null, false);
        } else if (shape instanceof Known) {
            types(json, nullable, "string");
        } else if (shape instanceof Text) {
            types(json, nullable, "string", "integer");
        } else if (shape instanceof Code code) {
            types(json, nullable, "string");
            json.writeStringField("pattern", code.pattern().pattern());
        } else if (shape instanceof Count) {
            types(json, nullable, "integer");
            json.writeNumberField("minimum", 0);
        } else if (shape instanceof Flag) {
            types(json, nullable, "boolean");
        } else if (shape instanceof Day) {
            types(json, nullable, "string");
            json.writeStringField("format", "date");
            json.writeStringField("pattern", "^\\d{4}-\\d{2}-\\d{2}$");
        } else if (shape instanceof Fixed fixed) {
            values(json, List.of(fixed.value()), nullable);
        }
        json.writeEndObject();
    }

    private static void object(JsonGenerator json, Obj obj, boolean nullable) throws IOException {
        types(json, nullable, "object");
        json.writeObjectFieldStart("properties");
        for (Field field : obj.fields()) {
            json.writeFieldName(field.name());
            shape(json, field.shape(), field.doc(), !field.required());
        }
        json.writeEndObject();
        json.writeBooleanField("additionalProperties", false);
        if (obj.fields().stream().anyMatch(Field::required)) {
            json.writeArrayFieldStart("required");
            for (Field field : obj.fields()) {
                if (field.required()) {
                    json.writeString(field.name());
                }
            }
            json.writeEndArray();
        }
        if (obj.field("file").isPresent() && obj.field("text").isPresent()) {
            json.writeObjectFieldStart("not");
            json.writeArrayFieldStart("required");
            json.writeString("file");
            json.writeString("text");
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void values(JsonGenerator json, List<String> values, boolean nullable) throws IOException {
        json.writeArrayFieldStart("enum");
        for (String value : values) {
            json.writeString(value);
        }
        if (nullable) {
            json.writeNull();
        }
        json.writeEndArray();
    }

    private static void types(JsonGenerator json, boolean nullable, String... types) throws IOException {
        json.writeArrayFieldStart("type");
        for (String type : types) {
            json.writeString(type);
        }
        if (nullable) {
            json.writeString("null");
        }
        json.writeEndArray();
    }
}
