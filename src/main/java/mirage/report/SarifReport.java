package mirage.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import mirage.engine.Basis;
import mirage.engine.Finding;
import mirage.engine.Lang;
import mirage.engine.Verdict;
import mirage.engine.TrapDefinition;

/**
 * SARIF 2.1.0 as GitHub code scanning takes it: one rule per trap, one result per finding,
 * located at the profile field or charter sentence, with the finding's fingerprint as
 * {@code partialFingerprints} and, for a waived finding, the waiver as a suppression.
 * Waivers, invalid inputs, skipped files and traps not assessed are the invocation's
 * notifications. No timestamps: the same inputs give the same bytes.
 */
public final class SarifReport implements ReportWriter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String FINGERPRINT = "mirageFingerprint/v1";

    private final SarifLocations locations;

    /** @param workingFolder the folder input paths are relative to; URIs are made relative to it */
    public SarifReport(Path workingFolder) {
        this.locations = new SarifLocations(new ArtifactUri(workingFolder));
    }

    @Override
    public void write(Report report, Lang lang, Writer out) throws IOException {
        JsonGenerator json = PrettyJson.on(out);
        json.writeStartObject();
        json.writeStringField("$schema", SCHEMA);
        json.writeStringField("version", "2.1.0");
        json.writeArrayFieldStart("runs");
        json.writeStartObject();
        json.writeObjectFieldStart("tool");
        SarifRules.write(json, report, lang);
        json.writeEndObject();
        new SarifNotifications(locations, report, lang).invocation(json);
        json.writeStringField("language", lang.name().toLowerCase());
        json.writeStringField("columnKind", "unicodeCodePoints");
        results(json, report, lang);
        properties(json, report);
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
        out.write("\n");
    }

    private void results(JsonGenerator json, Report report, Lang lang) throws IOException {
        Map<String, Integer> index = new HashMap<>();
        for (TrapDefinition trap : report.catalogue()) {
            index.put(trap.id(), index.size());
        }
        json.writeArrayFieldStart("results");
        for (Finding f : report.eachFinding()) {
            json.writeStartObject();
            json.writeStringField("ruleId", f.trap().id());
            if (index.containsKey(f.trap().id())) {
                json.writeNumberField("ruleIndex", index.get(f.trap().id()));
            }
            json.writeStringField("level", SarifRules.level(f.severity()));
            json.writeObjectFieldStart("message");
            json.writeStringField("text", message(f, lang));
            json.writeEndObject();
            json.writeArrayFieldStart("locations");
            locations.write(json, f.file(), f.hit().at().line(), f.hit().at().column(), f.hit().body());
            json.writeEndArray();
            json.writeObjectFieldStart("partialFingerprints");
            json.writeStringField(FINGERPRINT, f.fingerprint());
            json.writeEndObject();
            if (f.waived()) {
                suppression(json, f);
            }
            json.writeObjectFieldStart("properties");
            json.writeStringField("severity", f.severity().label());
            if (f.basis() == Basis.SILENCE) {
                json.writeStringField("basis", f.basis().label());
            }
            json.writeStringField("organisation", f.organisation());
            if (f.hit().body() != null) {
                json.writeStringField("body", f.hit().body());
            }
            json.writeStringField("subject", f.hit().subject());
            PrettyJson.strings(json, "evidence", f.evidence(lang));
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** "Title (subject): evidence; evidence." */
    static String message(Finding f, Lang lang) {
        String text = f.trap().title().in(lang) + " (" + f.hit().subject() + "): " + String.join("; ", f.evidence(lang));
        return text.endsWith(".") ? text : text + ".";
    }

    private void suppression(JsonGenerator json, Finding f) throws IOException {
        json.writeArrayFieldStart("suppressions");
        json.writeStartObject();
        // The waiver is written in the profile it waives a finding of.
        json.writeStringField("kind", "inSource");
        json.writeStringField("status", "accepted");
        json.writeStringField("justification", f.waiver().reason());
        json.writeFieldName("location");
        locations.write(json, f.file(), f.waiver().origin().line(), f.waiver().origin().column(), null);
        json.writeObjectFieldStart("properties");
        json.writeStringField("expires", f.waiver().expires().toString());
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void properties(JsonGenerator json, Report report) throws IOException {
        json.writeObjectFieldStart("properties");
        json.writeStringField("rules-digest", report.rulesDigest());
        if (report.config() != null) {
            json.writeStringField("config", report.config());
        }
        json.writeNumberField("known-in-baseline", report.known());
        json.writeArrayFieldStart("verdicts");
        for (InputResult input : report.inputs()) {
            if (!input.valid()) {
                continue;
            }
            for (Verdict v : input.audit().verdicts()) {
                json.writeStartObject();
                json.writeStringField("file", input.file());
                json.writeStringField("body", v.body());
                json.writeStringField("verdict", v.verdict());
                PrettyJson.strings(json, "traps", v.traps());
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
