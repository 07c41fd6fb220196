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

    /** Deeper than any profile needs; stops hostile nesting early. */
    static final int MAX_DEPTH = 64;

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(SourceText.DEFAULT_LIMIT > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) SourceText.DEFAULT_LIMIT)
            .build();

    private final String file;
    private final JsonParser parser;

    private TreeReader(String file, JsonParser parser) {
        this.file = file;
        this.parser = parser;
    }

    private static final YAMLFactory YAML = yamlFactory();
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(LIMITS).build();

    private static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        options.setMaxAliasesForCollections(0);
        options.setAllowDuplicateKeys(true); // reported by us, with the position
        return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(LIMITS)
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();
    }

    public static Node readYaml(SourceText source) throws InputError {
        return read(source, YAML);
    }

    public static Node readJson(SourceText source) throws InputError {
        return read(source, JSON);
    }

    private static Node read(SourceText source, JsonFactory factory) throws InputError {
        try (JsonParser parser = factory.createParser(source.text())) {
            TreeReader reader = new TreeReader(source.name(), parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw InputError.at(source.name(), 1, 1, "the file is empty; expected a profile starting with 'organisation:'");
            }
            Node root = reader.value(first);
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw reader.error("a second document or value; a profile file holds one profile");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw syntaxError(source.name(), e);
        } catch (IOException e) {
            throw InputError.at(source.name(), 0, 0, "cannot read: " + e.getMessage());
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
                return new ScalarNode(parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? (Object) parser.getText() : (Object) parser.getLongValue(), line, column);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new ScalarNode(parser.getDoubleValue(), line, column);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new ScalarNode(token == JsonToken.VALUE_TRUE, line, column);
            }
            case VALUE_NULL -> {
                return new ScalarNode(null, line, column);
            }
            default -> throw error("unexpected " + token);
        }
    }

    private InputError error(String message) {
        JsonLocation at = parser.currentTokenLocation();
        return InputError.at(file, at.getLineNr(), at.getColumnNr(), message);
    }

    private static InputError syntaxError(String file, JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            Mark problem = yaml.getProblemMark();
            String context = yaml.getContext() == null || yaml.getContextMark() == null ? ""
                    : " (" + yaml.getContext() + " at line " + (yaml.getContextMark().getLine() + 1) + ")";
            return InputError.at(file, problem.getLine() + 1, problem.getColumn() + 1,
                    "not valid YAML: " + firstLine(yaml.getProblem()) + context);
        }
        JsonLocation at = e.getLocation();
        String message = e.getOriginalMessage();
        if (message != null && message.contains("nesting depth")) {
            message = "nested more than " + MAX_DEPTH + " levels deep; a profile is never that deep";
        }
        message = "not valid " + (e.getProcessor() instanceof YAMLParser ? "YAML" : "JSON") + ": " + firstLine(message);
        if (at == null) {
            return InputError.at(file, 0, 0, message);
        }
        return InputError.at(file, Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1), message);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
