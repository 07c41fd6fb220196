package mirage.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import mirage.engine.Lang;
import mirage.profile.FormatField;

/**
 * Writes the workbench's profile as a {@code mirage/v1} YAML file: fields in the format's
 * order, each fact read from a charter under a comment citing its sentence (or saying it was
 * read from the charter's silence, or corrected by the auditor). This text is what the page
 * audits and what it exports, so the two cannot differ. Only the format's fields are written:
 * any other key is refused, never dropped.
 */
final class ProfileYaml {

    /** The YAML, and the line of each field by its concrete path ("bodies.0.power"). */
    record Written(String text, Map<String, Integer> lines) {}

    /** Labels and ids written without quotes; anything else is quoted. */
    private static final Pattern PLAIN = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Words some YAML readers take for booleans or null when unquoted. */
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null");
    /** Characters a comment or a quoted string must not carry as they are: line breaks of YAML 1.1 and 1.2 among them. */
    private static final Pattern UNSAFE = Pattern.compile("[\\x00-\\x1F\\x7F-\\x9F\\u2028\\u2029\\uFEFF]");
    private static final int MAX_QUOTED = 300;

    private final FormatIndex format;
    private final Map<String, Source> sources;
    private final Map<String, List<Source>> also;
    private final Lang lang;
    private final StringBuilder out = new StringBuilder();
    private final Map<String, Integer> lines = new LinkedHashMap<>();
    private int line;

    private ProfileYaml(FormatIndex format, Map<String, Source> sources, Map<String, List<Source>> also, Lang lang) {
        this.format = format;
        this.sources = sources;
        this.also = also;
        this.lang = lang;
    }

    /**
     * @param profile the profile as a JSON tree
     * @param sources where facts came from, by concrete path; a list value's by "path=value"
     * @param from    the file the profile was opened from, or null
     */
    static Written write(JsonNode profile, Map<String, Source> sources, Lang lang, String from) {
        return write(profile, sources, Map.of(), lang, from);
    }

    /** @param also further sentences that gave a fact read from the charter, by concrete path */
    static Written write(JsonNode profile, Map<String, Source> sources, Map<String, List<Source>> also, Lang lang, String from) {
        if (profile == null || !profile.isObject()) {
            throw new BadRequest("the profile must be a mapping");
        }
        ProfileYaml yaml = new ProfileYaml(FormatIndex.MIRAGE_V1, sources, also, lang);
        yaml.header(from);
        yaml.mapping(profile, "", "", 0, false);
        return new Written(yaml.out.toString(), Map.copyOf(yaml.lines));
    }

    private void header(String from) {
        boolean fr = lang == Lang.FR;
        comment(0, fr ? "Profil mirage/v1 écrit par « mirage serve »" + (from == null ? "." : " à partir de " + from + ".")
                : "mirage/v1 profile written by 'mirage serve'" + (from == null ? "." : " from " + from + "."));
        if (!sources.isEmpty()) {
            comment(0, fr ? "Chaque fait lu dans la charte cite sa phrase ; ceux lus de son silence le disent."
                    : "Each fact read from the charter cites its sentence; those read from its silence say so.");
        }
        for (Map.Entry<String, Source> removed : sources.entrySet()) {
            Source s = removed.getValue();
            if (s.kind() == Source.Kind.REMOVED) {
                comment(0, (fr ? "retiré par l'auditeur : " : "removed by the auditor: ") + removed.getKey()
                        + (s.was() == null ? "" : ": " + s.was()) + ", " + where(s));
            }
        }
    }

    private void mapping(JsonNode node, String declared, String concrete, int indent, boolean dash) {
        if (!node.isObject()) {
            throw new BadRequest((concrete.isEmpty() ? "the profile" : concrete) + " must be a mapping");
        }
        List<FormatField> fields = format.childrenOf(declared);
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (fields.stream().noneMatch(f -> FormatIndex.leaf(f.path()).equals(name))) {
                throw new BadRequest("'" + name + "' is not a field of " + (declared.isEmpty() ? "a profile" : declared)
                        + " in " + (concrete.isEmpty() ? "the profile" : concrete));
            }
        }
        boolean first = dash;
        for (FormatField field : fields) {
            String name = FormatIndex.leaf(field.path());
            JsonNode value = node.get(name);
            if (empty(value)) {
                continue;
            }
            String path = concrete.isEmpty() ? name : concrete + "." + name;
            int at = first ? indent - 2 : indent;
            if (field.kind() != FormatField.Kind.MAPPING) {
                comments(at, path, value, field); // a mapping's own place says nothing: its fields speak
            }
            String lead = " ".repeat(at) + (first ? "- " : "");
            first = false;
            lines.put(path, line + 1);
            switch (field.kind()) {
                case MAPPING -> {
                    emit(lead + name + ":");
                    mapping(value, field.path(), path, indent + 2, false);
                }
                case LIST_OF_MAPPINGS -> items(lead, name, value, field, path, indent);
                case CHOICES -> emit(lead + name + ": " + flow(value, path));
                default -> emit(lead + name + ": " + scalar(value, field, path));
            }
        }
        if (first) {
            emit(" ".repeat(indent - 2) + "- {}");
        }
    }

    private void items(String lead, String name, JsonNode value, FormatField field, String path, int indent) {
        if (!value.isArray()) {
            throw new BadRequest(path + " must be a list");
        }
        if (value.isEmpty()) {
            emit(lead + name + ": []");
            return;
        }
        emit(lead + name + ":");
        for (int i = 0; i < value.size(); i++) {
            lines.put(path + "." + i, line + 1);
            mapping(value.get(i), field.path(), path + "." + i, indent + 4, true);
        }
    }

    private void comments(int indent, String path, JsonNode value, FormatField field) {
        Source own = sources.get(path);
        if (own != null && own.kind() != Source.Kind.REMOVED) {
            comment(indent, describe(own) + (own.accepted() ? (lang == Lang.FR ? " ; accepté par l'auditeur" : "; accepted by the auditor") : ""));
            if (own.kind() == Source.Kind.SENTENCE) {
                for (Source more : also.getOrDefault(path, List.of())) {
                    comment(indent, (lang == Lang.FR ? "lu aussi dans " : "also read in ") + where(more));
                }
            }
        }
        if (field.kind() == FormatField.Kind.CHOICES && value.isArray()) {
            for (JsonNode item : value) {
                Source s = sources.get(path + "=" + item.asText());
                if (s != null && s.kind() != Source.Kind.REMOVED && !s.equals(own)) {
                    comment(indent, item.asText() + ": " + describe(s));
                }
            }
        }
    }

    private String describe(Source s) {
        boolean fr = lang == Lang.FR;
        return switch (s.kind()) {
            case SENTENCE -> (fr ? "lu dans " : "read in ") + where(s);
            case SILENCE -> (fr ? "lu du silence de la charte (" : "read from the charter's silence (") + s.file() + ":" + s.line()
                    + (fr ? ") : elle ne dit rien de " : "): it says nothing on ") + s.silentOn();
            case FRONT_MATTER -> (fr ? "donné dans l'en-tête de " : "given in the front matter of ") + s.file() + ":" + s.line();
            case TITLE -> (fr ? "d'après le titre de " : "after the title of ") + s.file() + ":" + s.line();
            case CORRECTED -> (fr ? "corrigé par l'auditeur ; la charte disait " : "corrected by the auditor; the charter read ")
                    + (s.was() == null ? "?" : s.was()) + (s.file() == null ? "" : (fr ? ", " : ", ") + where(s));
            case ADDED -> (fr ? "ajouté par l'auditeur d'après " : "added by the auditor from ") + where(s);
            case REMOVED -> throw new IllegalStateException("a removed fact has no line of its own");
        };
    }

    private static String where(Source s) {
        if (s.file() == null) {
            return "?";
        }
        String place = s.file() + ":" + s.line();
        return s.sentence() == null ? place : place + " « " + clip(s.sentence()) + " »";
    }

    private void comment(int indent, String text) {
        emit(" ".repeat(indent) + "# " + clip(text));
    }

    private static String clip(String text) {
        String clean = UNSAFE.matcher(text).replaceAll(" ").strip();
        return clean.length() > MAX_QUOTED ? clean.substring(0, MAX_QUOTED) + "…" : clean;
    }

    private String flow(JsonNode value, String path) {
        if (!value.isArray()) {
            throw new BadRequest(path + " must be a list");
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isValueNode() || item.isNull()) {
                throw new BadRequest(path + " must be a list of values");
            }
            items.add(text(item.asText(), false));
        }
        return "[" + String.join(", ", items) + "]";
    }

    private static String scalar(JsonNode value, FormatField field, String path) {
        if (!value.isValueNode()) {
            throw new BadRequest(path + " must be a single value");
        }
        if (value.isBoolean() || value.isIntegralNumber()) {
            return value.asText();
        }
        if (value.isNumber()) {
            return value.asText();
        }
        return text(value.asText(), field.kind() == FormatField.Kind.DAY);
    }

    /** A text value: plain when it is a label, an id or (for a date field) a date; double-quoted otherwise. */
    static String text(String value, boolean day) {
        if (day && DAY.matcher(value).matches() || PLAIN.matcher(value).matches() && !RESERVED.contains(value)) {
            return value;
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1)))
                            && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(value.charAt(i - 1)))) {
                        b.append("\\uFFFD");
                    } else if (UNSAFE.matcher(String.valueOf(c)).matches()) {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** Not given: absent, null, or a mapping with nothing given in it. */
    private static boolean empty(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return true;
        }
        if (value.isObject()) {
            for (JsonNode child : value) {
                if (!empty(child)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private void emit(String text) {
        out.append(text).append('\n');
        line++;
    }
}
