package mirage.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import mirage.engine.Lang;
import mirage.engine.TrapDefinition;
import mirage.engine.WaiverStatus;
import mirage.facts.Unassessed;
import mirage.input.Problem;

/**
 * The SARIF run's one invocation: whether every input could be audited, and what the run has
 * to say besides results: invalid inputs (errors), each waiver with its status (active,
 * expired or unused), traps not assessed for want of facts, and files skipped.
 */
final class SarifNotifications {

    private final SarifLocations locations;
    private final Report report;
    private final Lang lang;
    private final Map<String, Integer> ruleIndex = new HashMap<>();

    SarifNotifications(SarifLocations locations, Report report, Lang lang) {
        this.locations = locations;
        this.report = report;
        this.lang = lang;
        for (TrapDefinition trap : report.catalogue()) {
            ruleIndex.put(trap.id(), ruleIndex.size());
        }
    }

    void invocation(JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", !report.hasInvalidInputs());
        json.writeArrayFieldStart("toolExecutionNotifications");
        for (InputResult input : report.inputs()) {
            if (!input.valid()) {
                for (Problem p : input.problems(lang)) {
                    notification(json, "error", "invalid-input", Words.get("invalid", lang) + ": " + p.message(),
                            input.file(), p.line(), p.column(), null, null);
                }
                continue;
            }
            for (WaiverStatus w : input.audit().waivers()) {
                String level = w.status().equals(WaiverStatus.ACTIVE) ? "note" : "warning";
                notification(json, level, "waiver", waiver(w), input.file(), w.waiver().origin().line(),
                        w.waiver().origin().column(), w.waiver().trap(), w.status());
            }
            for (Unassessed u : input.audit().notAssessed()) {
                String where = u.body() == null ? Words.get("organisation", lang).toLowerCase() : u.body();
                notification(json, "note", "not-assessed", Words.get("sarif.not-assessed.message", lang, u.trap(), where,
                        String.join(", ", u.missing())), input.file(), 0, 0, u.trap(), null);
            }
        }
        for (String file : report.skipped()) {
            notification(json, "note", "skipped-file", Words.get("sarif.skipped-file.message", lang, file), file, 0, 0, null, null);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
    }

    private String waiver(WaiverStatus w) {
        String body = w.waiver().body() == null ? Words.get("waiver.everywhere", lang) : w.waiver().body();
        return Words.get("waiver.line", lang, w.waiver().trap(), body, Words.get("waiver." + w.status(), lang),
                w.waiver().expires().toString(), w.matched(), w.waiver().reason());
    }

    private void notification(JsonGenerator json, String level, String descriptor, String text, String file,
            int line, int column, String trap, String status) throws IOException {
        json.writeStartObject();
        json.writeStringField("level", level);
        json.writeObjectFieldStart("message");
        json.writeStringField("text", text.endsWith(".") ? text : text + ".");
        json.writeEndObject();
        json.writeObjectFieldStart("descriptor");
        json.writeStringField("id", descriptor);
        json.writeNumberField("index", SarifRules.NOTIFICATIONS.indexOf(descriptor));
        json.writeEndObject();
        if (trap != null && ruleIndex.containsKey(trap)) {
            json.writeObjectFieldStart("associatedRule");
            json.writeStringField("id", trap);
            json.writeNumberField("index", ruleIndex.get(trap));
            json.writeEndObject();
        }
        json.writeArrayFieldStart("locations");
        locations.write(json, file, line, column, null);
        json.writeEndArray();
        if (status != null) {
            json.writeObjectFieldStart("properties");
            json.writeStringField("status", status);
            json.writeEndObject();
        }
        json.writeEndObject();
    }
}
