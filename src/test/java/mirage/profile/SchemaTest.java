package mirage.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import mirage.input.InputError;
import mirage.input.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published JSON Schema and the reader agree: the schema is a valid 2020-12 schema,
 * every sample profile passes both, and each structural error is refused by both.
 */
class SchemaTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Schema SCHEMA = REGISTRY.getSchema(SchemaWriter.schema(), com.networknt.schema.InputFormat.JSON);
    private static final ObjectMapper YAML = new YAMLMapper();

    @Test
    void theSchemaIsAValidDraft202012Schema() throws IOException {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        List<Error> errors = meta.validate(new ObjectMapper().readTree(SchemaWriter.schema()));
        assertEquals(List.of(), errors);
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("sample-facts"))) {
            return files.filter(p -> p.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleProfilePassesSchemaAndReader(Path sample) throws Exception {
        String text = Files.readString(sample);
        assertEquals(List.of(), SCHEMA.validate(YAML.readTree(text)), "schema errors");
        new ProfileReader(TextMeter.NONE).read(new SourceText(sample.toString(), text), sample.getParent(),
                sample.toString().endsWith(".json"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "organisation: {name: X, nickname: y}",
            "organisation: {name: X}\nbodies:\n  - id: a\n    power: advisor",
            "organisation: {name: X}\nbodies:\n  - id: a\n    meetings-public: 3",
            "organisation: {name: X}\nbodies:\n  - id: a\n    seats: {users: -1}",
            "organisation: {name: X}\nbodies:\n  - id: a\n    seats: {users: 1.5}",
            "organisation: {sector: x}",
            "bodies: []",
            "format: mirage/v2\norganisation: {name: X}",
            "organisation: {name: X}\nchannels: media",
            "organisation: {name: X}\nchannels: [television]",
            "organisation: {name: X, jurisdiction: france}",
            "organisation: {name: X}\nwaivers:\n  - {trap: a, reason: r}",
            "organisation: {name: X}\nwaivers:\n  - {trap: a, reason: r, expires: 2027-13-01}",
            "organisation: {name: X}\nbodies:\n  - name: no id",
            "organisation: {name: X}\nbodies:\n  - id: a\n    representatives: {selection: elected}",
            "organisation: {name: X}\nbodies:\n  - id: a\n    documents:\n      - {file: a.txt, text: t}",
            "organisation: {name: X}\nproposals:\n  - {id: p, outcome: refused}",
            "organisation: {name: X}\ndecisions:\n  - {id: d, public-debate: sometimes}",
            "organisation: [X]",
    })
    void structuralErrorsAreRefusedByBoth(String text) throws IOException {
        JsonNode node = YAML.readTree(text);
        assertFalse(SCHEMA.validate(node).isEmpty(), "the schema accepts it");
        assertThrows(InputError.class,
                () -> new ProfileReader(TextMeter.NONE).read(new SourceText("p.yaml", text), Path.of("."), false),
                "the reader accepts it");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "organisation: {name: X}",
            "format: mirage/v1\norganisation: {name: X, jurisdiction: FR-75, model: community}",
            "organisation: {name: X}\nbodies:\n  - id: a\n    power: null\n    remit: []",
            "organisation: {name: X}\nbodies:\n  - id: 12\n    seats: {users: 0, total: 0}",
            "organisation: {name: X}\nwaivers:\n  - {trap: advisory-only, reason: r, expires: 2027-02-28}",
    })
    void validVariantsAreAcceptedByBoth(String text) throws Exception {
        assertEquals(List.of(), SCHEMA.validate(YAML.readTree(text)));
        assertTrue(new ProfileReader(TextMeter.NONE).read(new SourceText("p.yaml", text), Path.of("."), false) != null);
    }
}
