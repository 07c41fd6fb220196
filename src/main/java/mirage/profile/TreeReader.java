package mirage.profile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mirage.input.InputError;
import mirage.input.Limits;
import mirage.input.Wording;
import mirage.input.SourceText;
import mirage.profile.Node.Entry;
import mirage.profile.Node.ListNode;
import mirage.profile.Node.MapNode;
import mirage.profile.Node.ScalarNode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML or JSON text into {@link Node}s that keep their positions. Duplicate keys,
 * YAML aliases and several documents in one file are errors, not silently resolved.
 */
public final class TreeReader {

    private final String file;
    private final JsonParser parser;

    private TreeReader(String file, JsonParser parser) {
        this.file = file;
        this.parser = parser;
    }

    /** Factories for the default limits, made once: most runs keep them. */
    private static final YAMLFactory YAML = yamlFactory(Limits.DEFAULT);
    private static final JsonFactory JSON = jsonFactory(Limits.DEFAULT);

    private static YAMLFactory yamlFactory(Limits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        options.setMaxAliasesForCollections(0);
        options.setAllowDuplicateKeys(true); // reported by us, with the position
        options.setNestingDepthLimit(limits.maxDepth());
        // YAML 1.2 (profile-format.md): yes, no, on, off... are text, not booleans.
        return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints(limits))
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS).build();
    }

    private static JsonFactory jsonFactory(Limits limits) {
        return JsonFactory.builder().streamReadConstraints(constraints(limits)).build();
    }

    private static boolean defaults(Limits limits) {
        return limits.maxDepth() == Limits.DEFAULT.maxDepth() && limits.maxInputSize() == Limits.DEFAULT.maxInputSize();
    }

    public static Node readYaml(SourceText source) throws InputError {
        return readYaml(source, Limits.DEFAULT);
    }

    public static Node readJson(SourceText source) throws InputError {
        return readJson(source, Limits.DEFAULT);
    }

    /** Reads YAML; nesting deeper than {@code limits.maxDepth()} is an error at the place it goes too deep. */
    public static Node readYaml(SourceText source, Limits limits) throws InputError {
        return read(source, defaults(limits) ? YAML : yamlFactory(limits), "YAML", limits);
    }

    public static Node readJson(SourceText source, Limits limits) throws InputError {
        return read(source, defaults(limits) ? JSON : jsonFactory(limits), "JSON", limits);
    }

    private static StreamReadConstraints constraints(Limits limits) {
        return StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, Math.max(limits.maxInputSize(), 1)))
                .build();
    }

    private static Node read(SourceText source, JsonFactory factory, String format, Limits limits) throws InputError {
        JsonParser parser = null;
        try {
            parser = factory.createParser(source.text());
            TreeReader reader = new TreeReader(source.name(), parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw InputError.at(source.name(), 1, 1, Wording.of("tree.empty"));
            }
            Node root = reader.value(first);
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw reader.error("a second document or value; a profile file holds one profile");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw syntaxError(source.name(), e, parser, format, limits);
        } catch (IOException e) {
            throw InputError.at(source.name(), 0, 0, "cannot read: " + e.getMessage());
        } finally {
            close(parser);
        }
    }

    private static void close(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // reading a string: nothing to release
            }
        }
    }

    private Node value(JsonToken token) throws IOException, InputError {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw error("a YAML alias (*" + parser.getText() + "); aliases are not supported in profiles, write the value out");
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, Entry> entries = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    JsonLocation keyAt = parser.currentTokenLocation();
                    String key = parser.currentName();
                    if (entries.containsKey(key)) {
                        Entry first = entries.get(key);
                        throw InputError.at(file, keyAt.getLineNr(), keyAt.getColumnNr(),
                                "duplicate key '%s' (first given at line %d)".formatted(key, first.line()));
                    }
                    Node child = value(parser.nextToken());
                    entries.put(key, new Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), child));
                }
                return new MapNode(entries, line, column);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    items.add(value(t));
                }
                return new ListNode(items, line, column);
            }
            case VALUE_STRING -> {
                return new ScalarNode(parser.getText(), line, column);
            }
            case VALUE_NUMBER_INT -> {
                if (parser instanceof YAMLParser) {
                    return new ScalarNode(Yaml12.integer(parser.getText()), line, column);
                }
                return new ScalarNode(parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? (Object) parser.getText() : (Object) parser.getLongValue(), line, column);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new ScalarNode(parser.getDoubleValue(), line, column);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                if (parser instanceof YAMLParser && !Yaml12.isBoolean(parser.getText())) {
                    return new ScalarNode(parser.getText(), line, column);
                }
                return new ScalarNode(token == JsonToken.VALUE_TRUE, line, column);
            }
            case VALUE_NULL -> {
                if (parser instanceof YAMLParser && !Yaml12.isNull(parser.getText())) {
                    return new ScalarNode(parser.getText(), line, column);
                }
                return new ScalarNode(null, line, column);
            }
            default -> throw error("a value of a kind profiles do not hold (" + token + ", such as a !!binary scalar); write plain text");
        }
    }

    private InputError error(String message) {
        JsonLocation at = parser.currentTokenLocation();
        return InputError.at(file, at.getLineNr(), at.getColumnNr(), message);
    }

    private static InputError syntaxError(String file, JsonProcessingException e, JsonParser parser, String format,
            Limits limits) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            Mark problem = yaml.getProblemMark();
            String context = yaml.getContext() == null || yaml.getContextMark() == null ? ""
                    : " (" + yaml.getContext() + " at line " + (yaml.getContextMark().getLine() + 1) + ")";
            return InputError.at(file, problem.getLine() + 1, problem.getColumn() + 1,
                    "not valid YAML: " + firstLine(yaml.getProblem()) + context);
        }
        JsonLocation at = e.getLocation();
        if ((at == null || at.getLineNr() < 1) && parser != null) {
            at = parser.currentLocation();
        }
        String message = e.getOriginalMessage();
        if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("nesting depth")) {
            return InputError.at(file, Math.max(at == null ? 0 : at.getLineNr(), 1), Math.max(at == null ? 0 : at.getColumnNr(), 1),
                    "nested more than %d levels deep; a profile is never that deep (raise the limit with --max-depth)"
                            .formatted(limits.maxDepth()));
        }
        message = "not valid " + format + ": " + firstLine(message);
        if (at == null || at.getLineNr() < 1) {
            return InputError.at(file, 0, 0, message);
        }
        return InputError.at(file, Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1), message);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        // Jackson names the source and repeats the position in its own form: the message has ours.
        int source = line.indexOf(" (start marker at [Source:");
        if (source < 0) {
            source = line.indexOf(" at [Source:");
        }
        return (source < 0 ? line : line.substring(0, source)).strip();
    }
}
