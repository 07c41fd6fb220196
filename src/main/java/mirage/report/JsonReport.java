package mirage.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import mirage.engine.Basis;
import mirage.engine.Finding;
import mirage.engine.Lang;
import mirage.engine.Severity;
import mirage.engine.Verdict;
import mirage.engine.WaiverStatus;
import mirage.facts.Unassessed;
import mirage.input.Problem;

/** The JSON report ({@code mirage-report/v1}): fixed key order, no timestamps, same bytes for same inputs. */
public final class JsonReport implements ReportWriter {

    public static final String FORMAT = "mirage-report/v1";

    @Override
    public void write(Report report, Lang lang, Writer out) throws IOException {
        JsonGenerator json = PrettyJson.on(out);
        json.writeStartObject();
        json.writeStringField("format", FORMAT);
        json.writeObjectFieldStart("tool");
        json.writeStringField("name", "mirage");
        json.writeStringField("version", report.version());
        json.writeStringField("rules-digest", report.rulesDigest());
        json.writeEndObject();
        json.writeStringField("lang", lang.name().toLowerCase(java.util.Locale.ROOT));
        json.writeStringField("config", report.config());
        inputs(json, report, lang);
        findings(json, report.eachFinding(), lang);
        verdicts(json, report);
        notAssessed(json, report);
        waivers(json, report);
        summary(json, report);
        json.writeEndObject();
        json.flush();
        out.write("\n");
    }

    private static void inputs(JsonGenerator json, Report report, Lang lang) throws IOException {
        json.writeArrayFieldStart("inputs");
        for (InputResult input : report.inputs()) {
            json.writeStartObject();
            json.writeStringField("file", input.file());
            json.writeStringField("kind", input.kind().label());
            json.writeStringField("organisation", input.organisation());
            json.writeStringField("status", input.valid() ? "audited" : "invalid");
            if (input.valid() && input.audit().exemptedBy() != null) {
                json.writeStringField("exempted-by", input.audit().exemptedBy());
            }
            if (!input.valid()) {
                json.writeArrayFieldStart("errors");
                for (Problem p : input.problems(lang)) {
                    json.writeStartObject();
                    json.writeNumberField("line", p.line());
                    json.writeNumberField("column", p.column());
                    json.writeStringField("message", p.message());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("skipped");
        for (String file : report.skipped()) {
            json.writeString(file);
        }
        json.writeEndArray();
    }

    private static void findings(JsonGenerator json, Iterable<Finding> findings, Lang lang) throws IOException {
        json.writeArrayFieldStart("findings");
        for (Finding f : findings) {
            json.writeStartObject();
            json.writeStringField("trap", f.trap().id());
            json.writeStringField("severity", f.severity().label());
            json.writeStringField("family", f.trap().family());
            json.writeStringField("title", f.trap().title().in(lang));
            json.writeStringField("file", f.file());
            json.writeNumberField("line", f.hit().at().line());
            json.writeNumberField("column", f.hit().at().column());
            json.writeStringField("organisation", f.organisation());
            json.writeStringField("body", f.hit().body());
            json.writeStringField("subject", f.hit().subject());
            json.writeArrayFieldStart("evidence");
            for (String line : f.evidence(lang)) {
                json.writeString(line);
            }
            json.writeEndArray();
            json.writeObjectFieldStart("quote");
            json.writeStringField("fr", f.trap().quote().fr());
            json.writeStringField("en", f.trap().quote().en());
            json.writeEndObject();
            json.writeStringField("remedy", f.trap().remedy().in(lang));
            json.writeStringField("fingerprint", f.fingerprint());
            json.writeBooleanField("waived", f.waived());
            if (f.basis() == Basis.SILENCE) {
                json.writeStringField("basis", f.basis().label());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void verdicts(JsonGenerator json, Report report) throws IOException {
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
                strings(json, "traps", v.traps());
                json.writeEndObject();
            }
        }
        json.writeEndArray();
    }

    private static void notAssessed(JsonGenerator json, Report report) throws IOException {
        json.writeArrayFieldStart("not-assessed");
        for (InputResult input : report.inputs()) {
            if (!input.valid()) {
                continue;
            }
            for (Unassessed u : input.audit().notAssessed()) {
                json.writeStartObject();
                json.writeStringField("file", input.file());
                json.writeStringField("trap", u.trap());
                json.writeStringField("body", u.body());
                strings(json, "missing", u.missing());
                json.writeEndObject();
            }
        }
        json.writeEndArray();
    }

    private static void waivers(JsonGenerator json, Report report) throws IOException {
        json.writeArrayFieldStart("waivers");
        for (InputResult input : report.inputs()) {
            if (!input.valid()) {
                continue;
            }
            for (WaiverStatus w : input.audit().waivers()) {
                json.writeStartObject();
                json.writeStringField("file", input.file());
                json.writeNumberField("line", w.waiver().origin().line());
                if (!input.file().equals(w.waiver().origin().file())) {
                    json.writeStringField("declared-in", w.waiver().origin().file());
                }
                json.writeStringField("trap", w.waiver().trap());
                json.writeStringField("body", w.waiver().body());
                json.writeStringField("status", w.status());
                json.writeNumberField("matched", w.matched());
                json.writeStringField("reason", w.waiver().reason());
                json.writeStringField("expires", w.waiver().expires().toString());
                json.writeEndObject();
            }
        }
        json.writeEndArray();
    }

    private static void summary(JsonGenerator json, Report report) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("findings", report.findingCount());
        json.writeObjectFieldStart("by-severity");
        Map<Severity, Integer> counts = report.bySeverity();
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            Severity s = Severity.values()[i];
            if (counts.containsKey(s)) {
                json.writeNumberField(s.label(), counts.get(s));
            }
        }
        json.writeEndObject();
        json.writeNumberField("waived", report.waived());
        json.writeNumberField("inputs", report.inputs().size());
        json.writeNumberField("invalid-inputs", report.inputs().invalid());
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        PrettyJson.strings(json, name, values);
    }
}
