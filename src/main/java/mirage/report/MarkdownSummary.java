package mirage.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mirage.engine.Lang;
import mirage.engine.Severity;
import mirage.engine.Verdict;
import mirage.engine.WaiverStatus;
import mirage.facts.Unassessed;
import mirage.input.Problem;

/** The parts of the Markdown report around the traps: title, tables, and what was not audited. */
final class MarkdownSummary {

    private final Report report;
    private final Lang lang;

    MarkdownSummary(Report report, Lang lang) {
        this.report = report;
        this.lang = lang;
    }

    /** "### Mirage: 14 finding(s) in 1 file(s): 1 critical, 5 high... · 0 waived" */
    String title() {
        List<String> parts = new ArrayList<>();
        parts.add(Words.get("files", lang, report.inputs().size()));
        List<String> counts = new ArrayList<>();
        Map<Severity, Integer> bySeverity = report.bySeverity();
        for (Severity s : descending()) {
            if (bySeverity.containsKey(s)) {
                counts.add(bySeverity.get(s) + " " + Words.get("severity." + s.label(), lang));
            }
        }
        parts.add(Words.get("findings", lang, report.findingCount()) + (counts.isEmpty() ? "" : ": " + String.join(", ", counts)));
        parts.add(Words.get("waived-count", lang, report.waived()));
        if (report.known() > 0) {
            parts.add(Words.get("known", lang, report.known()));
        }
        long invalid = report.inputs().invalid();
        if (invalid > 0) {
            parts.add("❌ " + Words.get("invalid-count", lang, invalid));
        }
        return "### Mirage · " + MarkdownText.escape(String.join(" · ", parts)) + "\n\n";
    }

    /** The table: a row per body (and per organisation with traps of its own), a row per invalid input. */
    Lines table() {
        Lines rows = new Lines();
        StringBuilder head = new StringBuilder("| " + Words.get("report.file", lang) + " | " + Words.get("report.body", lang)
                + " | " + MarkdownReport.capitalised(Words.get("verdict", lang)) + " |");
        StringBuilder rule = new StringBuilder("|---|---|---|");
        for (Severity s : descending()) {
            head.append(' ').append(MarkdownReport.capitalised(Words.get("severity." + s.label(), lang))).append(" |");
            rule.append("--:|");
        }
        head.append(' ').append(Words.get("report.waived", lang)).append(" |");
        rule.append("--:|");
        rows.add(head.toString());
        rows.add(rule.toString());
        for (InputResult input : report.inputs()) {
            String file = MarkdownText.code(input.file());
            if (!input.valid()) {
                rows.add("| " + file + " | — | ❌ " + Words.get("invalid", lang) + " |" + " |".repeat(descending().size() + 1));
                continue;
            }
            List<AuditedBody> bodies = AuditedBody.of(input.audit());
            if (bodies.isEmpty()) {
                rows.add("| " + file + " | _" + Words.get("report.no-bodies", lang) + "_ | — |" + " 0 |".repeat(descending().size() + 1));
            }
            for (AuditedBody b : bodies) {
                rows.add(row(file, b));
                file = "";
            }
        }
        return rows;
    }

    private String row(String file, AuditedBody b) {
        StringBuilder row = new StringBuilder("| ").append(file).append(" | ");
        if (b.organisation()) {
            row.append(Words.get("organisation", lang)).append(" | — |");
        } else {
            row.append(MarkdownText.escape(b.shown())).append(b.body().name() == null ? "" : " " + MarkdownText.code(b.body().id()))
                    .append(" | ").append(verdict(b.verdict())).append(" |");
        }
        Map<Severity, Integer> counts = b.bySeverity();
        for (Severity s : descending()) {
            int n = counts.getOrDefault(s, 0);
            row.append(' ').append(n == 0 ? "·" : "**" + n + "**").append(" |");
        }
        row.append(' ').append(b.waived() == 0 ? "·" : String.valueOf(b.waived())).append(" |");
        return row.toString();
    }

    private String verdict(Verdict verdict) {
        if (verdict == null) {
            return "—";
        }
        String name = verdict.verdict();
        String icon = switch (name) {
            case Verdict.SOUND -> "✅";
            case Verdict.CONDITIONAL -> "⚠️";
            case Verdict.NOT_ASSESSED -> "❔";
            default -> "⛔";
        };
        String words = Words.value("verdict", name, lang);
        return icon + " " + (name.equals(Verdict.SOUND) || name.equals(Verdict.NOT_ASSESSED) ? words : "**" + words + "**");
    }

    /** Invalid inputs, each problem with its position: never folded away. */
    String invalid() {
        StringBuilder md = new StringBuilder();
        for (InputResult input : report.inputs()) {
            for (Problem p : input.valid() ? List.<Problem>of() : input.problems(lang)) {
                md.append("- ❌ ").append(MarkdownText.code(p.toString())).append('\n');
            }
        }
        return md.isEmpty() ? "" : "\n**" + Words.get("report.invalid-inputs", lang) + "**\n\n" + md;
    }

    /** The waivers, active, expired or unused; empty when there are none. */
    Lines waivers() {
        Lines rows = new Lines();
        for (InputResult input : report.inputs()) {
            for (WaiverStatus w : input.valid() ? input.audit().waivers() : List.<WaiverStatus>of()) {
                if (rows.total() == 0) {
                    rows.add("\n**" + MarkdownReport.capitalised(Words.get("waivers", lang)) + "**\n");
                    rows.add("| " + Words.get("report.file", lang) + " | " + Words.get("report.trap", lang) + " | " + Words.get("report.body", lang)
                            + " | " + Words.get("report.status", lang) + " | " + Words.get("report.expires", lang) + " | "
                            + Words.get("report.findings-of", lang) + " | " + Words.get("report.reason", lang) + " |");
                    rows.add("|---|---|---|---|---|--:|---|");
                }
                String icon = w.status().equals(WaiverStatus.ACTIVE) ? "" : "⚠️ ";
                rows.add("| " + MarkdownText.code(input.file() + ":" + w.waiver().origin().line()) + " | " + MarkdownText.code(w.waiver().trap())
                        + " | " + (w.waiver().body() == null ? Words.get("waiver.everywhere", lang) : MarkdownText.code(w.waiver().body()))
                        + " | " + icon + Words.get("waiver." + w.status(), lang) + " | " + w.waiver().expires() + " | " + w.matched()
                        + " | " + MarkdownText.escape(w.waiver().reason()) + " |");
            }
        }
        return rows;
    }

    /** Traps not assessed for want of facts, folded. */
    String notAssessed() {
        StringBuilder md = new StringBuilder();
        for (InputResult input : report.inputs()) {
            if (md.length() > MarkdownReport.LIMIT) {
                break; // It cannot fit any more: the section is left out whole, as it would be.
            }
            for (Unassessed u : input.valid() ? input.audit().notAssessed() : List.<Unassessed>of()) {
                md.append("- ").append(MarkdownText.code(input.file())).append(" · ")
                        .append(u.body() == null ? Words.get("organisation", lang).toLowerCase() : MarkdownText.code(u.body()))
                        .append(" · ").append(MarkdownText.code(u.trap())).append(" — ").append(Words.get("missing", lang)).append(' ')
                        .append(MarkdownText.escape(String.join(", ", u.missing()))).append('\n');
            }
        }
        return md.isEmpty() ? "" : "\n<details>\n<summary>" + Html.escape(MarkdownReport.capitalised(Words.get("not-assessed", lang)))
                + "</summary>\n\n" + md + "\n</details>\n";
    }

    String skipped() {
        if (report.skipped().isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\n<details>\n<summary>" + Html.escape(Words.get("skipped", lang, report.skipped().size()))
                + "</summary>\n\n");
        report.skipped().forEach(f -> md.append("- ").append(MarkdownText.code(f)).append('\n'));
        return md.append("\n</details>\n").toString();
    }

    static String icon(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "🔴";
            case HIGH -> "🟠";
            case MEDIUM -> "🟡";
            case LOW -> "🔵";
            case INFO -> "⚪";
        };
    }

    static List<Severity> descending() {
        return List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO);
    }

    /**
     * The lines of a table, all counted, kept only while they could still fit in a report
     * (the others would be counted as left out anyway): a folder's table is not held whole.
     */
    static final class Lines {
        private final List<String> kept = new ArrayList<>();
        private int total;
        private int characters;

        void add(String line) {
            total++;
            if (characters <= MarkdownReport.LIMIT) {
                kept.add(line);
                characters += line.length() + 1;
            }
        }

        List<String> kept() {
            return kept;
        }

        int total() {
            return total;
        }
    }
}
