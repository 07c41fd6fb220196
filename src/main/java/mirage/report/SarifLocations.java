package mirage.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** SARIF location objects: a file relative to the checkout, a line, and the body as a logical location. */
final class SarifLocations {

    /** The base GitHub resolves relative URIs against: the repository's root. */
    static final String SRCROOT = "%SRCROOT%";

    private final ArtifactUri uris;

    SarifLocations(ArtifactUri uris) {
        this.uris = uris;
    }

    /** Writes one location object; {@code line} and {@code column} are 1-based, 0 when unknown. */
    void write(JsonGenerator json, String file, int line, int column, String body) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uris.of(file));
        if (uris.relative(file)) {
            json.writeStringField("uriBaseId", SRCROOT);
        }
        json.writeEndObject();
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", Math.max(line, 1));
        if (column > 0) {
            json.writeNumberField("startColumn", column);
        }
        json.writeEndObject();
        json.writeEndObject();
        if (body != null) {
            json.writeArrayFieldStart("logicalLocations");
            json.writeStartObject();
            json.writeStringField("name", body);
            json.writeStringField("kind", "module");
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
    }
}
