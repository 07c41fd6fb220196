package mirage.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mirage.engine.Lang;
import mirage.engine.Severity;
import mirage.engine.TrapDefinition;

/**
 * {@code tool.driver} of the SARIF report: one rule per trap, with help in plain text and in
 * Markdown (what it means, the essay's sentence, what fires it, the remedy), a level and a
 * {@code security-severity} GitHub ranks alerts by; and the notifications the run may give.
 */
final class SarifRules {

    /** Notifications about the run rather than results: their ids, in {@code driver.notifications} order. */
    static final List<String> NOTIFICATIONS = List.of("invalid-input", "skipped-file", "not-assessed", "waiver");

    private SarifRules() {}

    static void write(JsonGenerator json, Report report, Lang lang) throws IOException {
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "mirage");
        json.writeStringField("fullName", "Mirage: " + Words.get("report.title", lang));
        json.writeStringField("version", report.version());
        json.writeStringField("semanticVersion", report.version());
        json.writeArrayFieldStart("rules");
        for (TrapDefinition trap : report.catalogue()) {
            rule(json, trap, lang);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("notifications");
        for (String id : NOTIFICATIONS) {
            json.writeStartObject();
            String text = Words.get("sarif." + id, lang);
            json.writeStringField("id", id);
            text(json, "shortDescription", text);
            text(json, "fullDescription", text);
            json.writeObjectFieldStart("help");
            json.writeStringField("text", text);
            json.writeStringField("markdown", MarkdownText.escape(text));
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void rule(JsonGenerator json, TrapDefinition trap, Lang lang) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", trap.id());
        json.writeStringField("name", pascal(trap.id()));
        text(json, "shortDescription", trap.title().in(lang));
        text(json, "fullDescription", trap.meaning().in(lang));
        json.writeObjectFieldStart("help");
        json.writeStringField("text", helpText(trap, lang));
        json.writeStringField("markdown", helpMarkdown(trap, lang));
        json.writeEndObject();
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", level(trap.severity()));
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeStringField("security-severity", securitySeverity(trap.severity()));
        json.writeStringField("severity", trap.severity().label());
        json.writeStringField("family", trap.family());
        json.writeStringField("source", trap.source());
        // GitHub ranks by security-severity only the rules tagged "security".
        PrettyJson.strings(json, "tags", List.of("mirage", trap.family(), "security"));
        json.writeEndObject();
        json.writeEndObject();
    }

    static String helpText(TrapDefinition trap, Lang lang) {
        List<String> parts = new ArrayList<>();
        parts.add(trap.title().in(lang) + ".");
        parts.add(trap.meaning().in(lang));
        parts.add(trap.quote().fr() + "\n" + trap.quote().en()
                + (trap.quotesTheEssay() ? "\n— " + Words.get("report.quote-source", lang) : ""));
        parts.add(Words.get("sarif.fires", lang) + ": " + trap.fires().in(lang));
        parts.add(Words.get("sarif.remedy", lang) + ": " + trap.remedy().in(lang));
        return String.join("\n\n", parts);
    }

    static String helpMarkdown(TrapDefinition trap, Lang lang) {
        List<String> parts = new ArrayList<>();
        parts.add("**" + MarkdownText.escape(trap.title().in(lang)) + "**");
        parts.add(MarkdownText.escape(trap.meaning().in(lang)));
        parts.add("> " + MarkdownText.escape(trap.quote().fr()) + "\\\n> " + MarkdownText.escape(trap.quote().en())
                + (trap.quotesTheEssay() ? "\\\n> — " + MarkdownText.escape(Words.get("report.quote-source", lang)) : ""));
        parts.add("**" + Words.get("sarif.fires", lang) + ":** " + MarkdownText.escape(trap.fires().in(lang)));
        parts.add("**" + Words.get("sarif.remedy", lang) + ":** " + MarkdownText.escape(trap.remedy().in(lang)));
        parts.add(Words.get("severity", lang) + ": " + Words.get("severity." + trap.severity().label(), lang)
                + " · " + Words.get("sarif.family", lang) + ": " + MarkdownText.code(trap.family())
                + " · " + MarkdownText.code(trap.id()));
        return String.join("\n\n", parts);
    }

    /** SARIF's level: what must be fixed (error), looked at (warning), or known (note). */
    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    /** GitHub's scale: 9.0 and over critical, 7.0 high, 4.0 medium, under 4.0 low. */
    static String securitySeverity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "3.0";
            case INFO -> "1.0";
        };
    }

    private static void text(JsonGenerator json, String name, String text) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    /** "heard-not-heeded" as "HeardNotHeeded", the form SARIF suggests for a rule's name. */
    static String pascal(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return name.toString();
    }
}
