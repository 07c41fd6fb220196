package mirage.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import mirage.engine.Lang;
import mirage.engine.Severity;
import mirage.engine.Verdict;
import mirage.input.Problem;

/**
 * One self-contained HTML page for an auditor's desk or printer (no network, no external
 * asset): every body at a glance by verdict, then per organisation a picture of each body
 * (verdict, the four factors Godbout names: seats, nomination, structure, power; traps by
 * family), then each trap with its evidence, the essay's sentence and the remedy.
 */
public final class HtmlReport implements ReportWriter {

    private static final String CSS = css();

    @Override
    public void write(Report report, Lang lang, Writer out) throws IOException {
        StringBuilder html = new StringBuilder(64 * 1024);
        String code = lang.name().toLowerCase();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(code).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"mirage ").append(Html.escape(report.version())).append("\">\n")
                .append("<title>").append(Html.escape(Words.get("report.title", lang))).append("</title>\n<style>\n")
                .append(CSS).append("</style>\n</head>\n<body>\n");
        masthead(html, report, lang);
        glance(html, report, lang, out);
        int n = 0;
        for (InputResult input : report.inputs()) {
            n++;
            if (input.valid()) {
                new HtmlOrganisation(input, report, lang, "o" + n).write(html);
                drain(html, out);
            }
        }
        invalid(html, report, lang);
        html.append("<footer class=\"colophon\">").append(Html.escape(Words.get("report.tool", lang, report.version(), report.rulesDigest())));
        if (report.config() != null) {
            html.append(" · ").append(Html.escape(Words.get("config", lang, report.config())));
        }
        if (!report.skipped().isEmpty()) {
            html.append(" · ").append(Html.escape(Words.get("skipped", lang, report.skipped().size()))).append(": ")
                    .append(Html.escape(String.join(", ", report.skipped())));
        }
        html.append("</footer>\n</body>\n</html>\n");
        out.write(html.toString());
    }

    /** Writes out what is made, so a folder's report is never held whole. */
    private static void drain(StringBuilder html, Writer out) throws IOException {
        out.append(html);
        html.setLength(0);
    }

    private static void masthead(StringBuilder html, Report report, Lang lang) {
        html.append("<header class=\"masthead\">\n<div>\n<div class=\"brand\">Mirage</div>\n<h1>")
                .append(Html.escape(Words.get("report.title", lang))).append("</h1>\n<p class=\"subtitle\">")
                .append(Html.escape(Words.get("report.subtitle", lang))).append("</p>\n</div>\n<div class=\"totals\">")
                .append("<span class=\"total\">").append(Html.escape(Words.get("files", lang, report.inputs().size()))).append(" · ")
                .append(Html.escape(Words.get("findings", lang, report.findingCount()))).append("</span>");
        counts(html, report.bySeverity(), lang);
        if (report.waived() > 0) {
            html.append("<span class=\"count\">").append(Html.escape(Words.get("waived-count", lang, report.waived()))).append("</span>");
        }
        if (report.known() > 0) {
            html.append("<span class=\"count\">").append(Html.escape(Words.get("known", lang, report.known()))).append("</span>");
        }
        html.append("</div>\n</header>\n");
    }

    /** One mark per severity found: a coloured dot, the count, the severity's name. */
    static void counts(StringBuilder html, Map<Severity, Integer> counts, Lang lang) {
        for (Severity s : MarkdownSummary.descending()) {
            if (counts.containsKey(s)) {
                html.append("<span class=\"count\"><span class=\"dot ").append(s.label()).append("\"></span><b>")
                        .append(counts.get(s)).append("</b> ").append(Html.escape(Words.get("severity." + s.label(), lang))).append("</span>");
            }
        }
    }

    /** Every body of every organisation as a tile coloured by its verdict, linking to its picture. */
    private static void glance(StringBuilder html, Report report, Lang lang, Writer out) throws IOException {
        html.append("<section class=\"glance\">\n<h2>").append(Html.escape(Words.get("report.at-a-glance", lang)))
                .append("</h2>\n<p class=\"key\">");
        for (String verdict : List.of("representation-trap", Verdict.CONDITIONAL, Verdict.SOUND, Verdict.NOT_ASSESSED)) {
            html.append("<span class=\"").append(verdictClass(new Verdict("", verdict, List.of()))).append("\"><span class=\"verdict\">")
                    .append(Html.escape(Words.get("verdict." + verdict, lang))).append("</span> ")
                    .append(Html.escape(Words.get("key." + verdict, lang))).append("</span>");
        }
        html.append("</p>\n<div class=\"glance-grid\">\n");
        int n = 0;
        for (InputResult input : report.inputs()) {
            n++;
            if (!input.valid()) {
                html.append("<div class=\"tile v-trap\"><span class=\"org-name\">").append(Html.escape(input.file()))
                        .append("</span><span class=\"body-name\">").append(Html.escape(Words.get("invalid", lang))).append("</span></div>\n");
                continue;
            }
            for (AuditedBody b : AuditedBody.of(input.audit())) {
                if (b.organisation()) {
                    continue;
                }
                html.append("<a class=\"tile ").append(verdictClass(b.verdict())).append("\" href=\"#")
                        .append(HtmlOrganisation.anchor("o" + n, b.body().id())).append("\"><span class=\"org-name\">")
                        .append(Html.escape(input.organisation())).append("</span><span class=\"body-name\">")
                        .append(Html.escape(b.shown())).append("</span><span class=\"marks\"><span class=\"verdict\">")
                        .append(Html.escape(verdictName(b.verdict(), report, lang))).append("</span>");
                counts(html, b.bySeverity(), lang);
                html.append("</span></a>\n");
            }
            drain(html, out);
        }
        html.append("</div>\n</section>\n");
    }

    private static void invalid(StringBuilder html, Report report, Lang lang) {
        List<InputResult> invalid = report.inputs().stream().filter(i -> !i.valid()).toList();
        if (invalid.isEmpty()) {
            return;
        }
        html.append("<section class=\"org\">\n<h2>").append(Html.escape(Words.get("report.invalid-inputs", lang))).append("</h2>\n");
        for (InputResult input : invalid) {
            html.append("<div class=\"notice bad\"><strong>").append(Html.escape(input.file())).append("</strong>: ")
                    .append(Html.escape(Words.get("invalid", lang))).append("<div class=\"problems\">");
            for (Problem p : input.problems(lang)) {
                html.append("<div>").append(Html.escape(p.toString())).append("</div>");
            }
            html.append("</div></div>\n");
        }
        html.append("</section>\n");
    }

    /** The CSS class of a verdict: a trap, conditional, sound, or unknown (not assessed, or none). */
    static String verdictClass(Verdict verdict) {
        if (verdict == null || verdict.verdict().equals(Verdict.NOT_ASSESSED)) {
            return "v-unknown";
        }
        return switch (verdict.verdict()) {
            case Verdict.SOUND -> "v-sound";
            case Verdict.CONDITIONAL -> "v-conditional";
            default -> "v-trap";
        };
    }

    /** A verdict in words; a verdict trap of custom rules by its title. */
    static String verdictName(Verdict verdict, Report report, Lang lang) {
        if (verdict == null) {
            return Words.get("verdict.none", lang);
        }
        String words = Words.value("verdict", verdict.verdict(), lang);
        if (words.equals(verdict.verdict()) && report.trap(verdict.verdict()) != null) {
            return report.trap(verdict.verdict()).title().in(lang);
        }
        return words;
    }

    private static String css() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
