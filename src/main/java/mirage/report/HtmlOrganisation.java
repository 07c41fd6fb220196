package mirage.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mirage.engine.Audit;
import mirage.engine.Finding;
import mirage.engine.Lang;
import mirage.engine.Severity;
import mirage.engine.TrapDefinition;
import mirage.engine.WaiverStatus;
import mirage.facts.Unassessed;

/** One audited input in the HTML report: its organisation, the picture of its bodies, its traps. */
final class HtmlOrganisation {

    private final InputResult input;
    private final Report report;
    private final Lang lang;
    private final String prefix;

    HtmlOrganisation(InputResult input, Report report, Lang lang, String prefix) {
        this.input = input;
        this.report = report;
        this.lang = lang;
        this.prefix = prefix;
    }

    /** An id for an element of this organisation's section, safe in an attribute and a URL. */
    static String anchor(String prefix, String name) {
        return prefix + "-" + name.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    void write(StringBuilder html) {
        Audit audit = input.audit();
        html.append("<section class=\"org\" id=\"").append(prefix).append("\">\n<h2>").append(Html.escape(input.organisation()))
                .append("</h2>\n<p class=\"meta\">").append(Html.escape(input.file())).append(" · ")
                .append(Html.escape(Words.get(input.kind().label(), lang)));
        if (audit.dossier().organisation().jurisdiction() != null) {
            html.append(" · ").append(Html.escape(audit.dossier().organisation().jurisdiction()));
        }
        html.append("</p>\n");
        if (audit.exemptedBy() != null) {
            html.append("<div class=\"notice\">").append(Html.escape(Words.get("exempted", lang, audit.exemptedBy()))).append("</div>\n");
        }
        HtmlBody picture = new HtmlBody(report, lang, prefix);
        List<AuditedBody> bodies = AuditedBody.of(audit);
        bodies.stream().filter(AuditedBody::organisation).forEach(b -> picture.write(html, b, input.organisation()));
        if (bodies.stream().anyMatch(b -> !b.organisation())) {
            html.append("<div class=\"bodies\">\n");
            bodies.stream().filter(b -> !b.organisation()).forEach(b -> picture.write(html, b, input.organisation()));
            html.append("</div>\n");
        }
        traps(html, audit.findings());
        notAssessed(html, audit.notAssessed());
        waivers(html, audit.waivers());
        html.append("</section>\n");
    }

    /** Each trap once, most severe first: what it means, where it was found and on what evidence, the essay, the remedy. */
    private void traps(StringBuilder html, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        Map<String, List<Finding>> byTrap = new LinkedHashMap<>();
        findings.stream()
                .sorted(Comparator.comparing(Finding::severity).reversed().thenComparing(f -> f.trap().id())
                        .thenComparingInt(f -> f.hit().at().line()).thenComparing(f -> f.hit().subject()))
                .forEach(f -> byTrap.computeIfAbsent(f.trap().id(), k -> new ArrayList<>()).add(f));
        html.append("<div class=\"traps\">\n<h3>").append(Html.escape(Words.get("report.traps", lang))).append("</h3>\n");
        for (List<Finding> own : byTrap.values()) {
            TrapDefinition trap = own.get(0).trap();
            Severity worst = own.stream().map(Finding::severity).max(Comparator.naturalOrder()).orElseThrow();
            html.append("<article class=\"trap ").append(worst.label()).append("\" id=\"").append(anchor(prefix, "t-" + trap.id()))
                    .append("\">\n<header><span class=\"sev ").append(worst.label()).append("\">")
                    .append(Html.escape(Words.get("severity." + worst.label(), lang))).append("</span><h4>")
                    .append(Html.escape(trap.title().in(lang))).append("</h4><code>").append(Html.escape(trap.id()))
                    .append("</code></header>\n<p class=\"meaning\">").append(Html.escape(trap.meaning().in(lang))).append("</p>\n");
            for (Finding f : own) {
                finding(html, f);
            }
            html.append("<blockquote><p class=\"fr\" lang=\"fr\">").append(Html.escape(trap.quote().fr()))
                    .append("</p><p class=\"en\" lang=\"en\">").append(Html.escape(trap.quote().en())).append("</p>")
                    .append(trap.quotesTheEssay() ? "<cite>" + Html.escape(Words.get("report.quote-source", lang)) + "</cite>" : "")
                    .append("</blockquote>\n<p class=\"remedy\"><strong>")
                    .append(Html.escape(MarkdownReport.capitalised(Words.get("remedy", lang)))).append("</strong> ")
                    .append(Html.escape(trap.remedy().in(lang))).append("</p>\n</article>\n");
        }
        html.append("</div>\n");
    }

    private void finding(StringBuilder html, Finding f) {
        html.append("<p class=\"where\">").append(Html.escape(f.file())).append(':').append(f.hit().at().line());
        if (f.hit().body() != null) {
            String name = input.audit().dossier().bodies().stream().filter(b -> b.id().equals(f.hit().body()))
                    .map(b -> b.name() == null ? b.id() : b.name()).findFirst().orElse(f.hit().body());
            html.append(" · <span class=\"body-ref\">").append(Html.escape(name)).append("</span>");
        }
        if (f.severity() != f.trap().severity()) {
            html.append(" · <span class=\"sev ").append(f.severity().label()).append("\">")
                    .append(Html.escape(Words.get("severity." + f.severity().label(), lang))).append("</span>");
        }
        if (f.waived()) {
            html.append("<span class=\"waived-note\">").append(Html.escape(Words.get("waived", lang, f.waiver().expires(), f.waiver().reason())))
                    .append("</span>");
        }
        html.append("</p>\n<ul class=\"evidence\">");
        for (String line : f.evidence(lang)) {
            html.append("<li>").append(Html.escape(line)).append("</li>");
        }
        html.append("</ul>\n");
    }

    private void notAssessed(StringBuilder html, List<Unassessed> list) {
        if (list.isEmpty()) {
            return;
        }
        html.append("<div class=\"tables\">\n<h3>").append(Html.escape(MarkdownReport.capitalised(Words.get("not-assessed", lang))))
                .append("</h3>\n<table><thead><tr><th>").append(Html.escape(Words.get("report.body", lang))).append("</th><th>")
                .append(Html.escape(Words.get("report.trap", lang))).append("</th><th>").append(Html.escape(Words.get("missing", lang)))
                .append("</th></tr></thead><tbody>\n");
        for (Unassessed u : list) {
            html.append("<tr><td>").append(Html.escape(u.body() == null ? Words.get("organisation", lang) : u.body())).append("</td><td><code>")
                    .append(Html.escape(u.trap())).append("</code></td><td>").append(Html.escape(String.join(", ", u.missing())))
                    .append("</td></tr>\n");
        }
        html.append("</tbody></table>\n</div>\n");
    }

    private void waivers(StringBuilder html, List<WaiverStatus> waivers) {
        if (waivers.isEmpty()) {
            return;
        }
        html.append("<div class=\"tables\">\n<h3>").append(Html.escape(MarkdownReport.capitalised(Words.get("waivers", lang))))
                .append("</h3>\n<table><thead><tr>");
        for (String key : List.of("report.trap", "report.body", "report.status", "report.expires", "report.findings-of", "report.reason")) {
            html.append("<th>").append(Html.escape(Words.get(key, lang))).append("</th>");
        }
        html.append("</tr></thead><tbody>\n");
        for (WaiverStatus w : waivers) {
            html.append("<tr><td><code>").append(Html.escape(w.waiver().trap())).append("</code></td><td>")
                    .append(Html.escape(w.waiver().body() == null ? Words.get("waiver.everywhere", lang) : w.waiver().body()))
                    .append("</td><td class=\"status-").append(w.status()).append("\">").append(Html.escape(Words.get("waiver." + w.status(), lang)))
                    .append("</td><td>").append(w.waiver().expires()).append("</td><td>").append(w.matched()).append("</td><td>")
                    .append(Html.escape(w.waiver().reason())).append("</td></tr>\n");
        }
        html.append("</tbody></table>\n</div>\n");
    }
}
