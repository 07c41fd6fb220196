package mirage.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mirage.engine.Finding;
import mirage.engine.Lang;
import mirage.engine.Severity;
import mirage.engine.TrapDefinition;

/**
 * A pull-request comment: a summary table per file and body (verdict, findings by severity),
 * then one collapsible section per trap, then waivers and what could not be assessed. It
 * stays under {@link #LIMIT} characters (GitHub refuses comments over 65,536): what does not
 * fit is counted, not cut mid-way.
 */
public final class MarkdownReport implements ReportWriter {

    /** The most characters a report may have. */
    public static final int LIMIT = 65_000;
    /** The most findings listed under one trap; the others are counted. */
    static final int FINDINGS_PER_TRAP = 40;

    private final int limit;

    public MarkdownReport() {
        this(LIMIT);
    }

    MarkdownReport(int limit) {
        this.limit = limit;
    }

    @Override
    public void write(Report report, Lang lang, Writer out) throws IOException {
        MarkdownSummary summary = new MarkdownSummary(report, lang);
        String footer = "\n<sub>" + MarkdownText.escape(Words.get("report.tool", lang, report.version(), shortDigest(report))
                + (report.config() == null ? "" : " · " + Words.get("config", lang, report.config()))) + "</sub>\n";
        Budget budget = new Budget(limit - footer.length() - 400);
        StringBuilder md = new StringBuilder();
        budget.add(md, summary.title());
        budget.addLines(md, summary.table(), budget.left() / 2, lang);
        budget.add(md, summary.invalid());
        budget.addLines(md, summary.waivers(), budget.left() / 4, lang);
        List<String> traps = traps(report, lang);
        if (!traps.isEmpty()) {
            budget.add(md, "\n### " + Words.get("report.traps", lang) + "\n");
        }
        int shown = 0;
        for (String trap : traps) {
            if (!budget.fits(trap)) {
                break;
            }
            budget.add(md, trap);
            shown++;
        }
        if (shown < traps.size()) {
            md.append("\n_").append(MarkdownText.escape(Words.get("report.more", lang, traps.size() - shown))).append("_\n");
        }
        String rest = summary.notAssessed() + summary.skipped();
        if (budget.fits(rest)) {
            budget.add(md, rest);
        }
        md.append(footer);
        out.write(md.toString());
    }

    private static String shortDigest(Report report) {
        String digest = report.rulesDigest();
        return digest.length() > 19 ? digest.substring(0, 19) + "…" : digest;
    }

    /** One collapsible section per trap found, most severe first. */
    private static List<String> traps(Report report, Lang lang) {
        Map<String, TrapFindings> byTrap = new HashMap<>();
        report.findings().forEach(f -> byTrap.computeIfAbsent(f.trap().id(), k -> new TrapFindings(f.trap())).add(f));
        return byTrap.values().stream()
                .sorted(Comparator.comparing((TrapFindings t) -> t.worst).reversed().thenComparing(t -> t.trap.id()))
                .map(t -> trap(t, lang))
                .toList();
    }

    private static String trap(TrapFindings found, Lang lang) {
        TrapDefinition trap = found.trap;
        Severity worst = found.worst;
        List<Finding> findings = found.listed();
        StringBuilder md = new StringBuilder("\n<details>\n<summary>");
        md.append(MarkdownSummary.icon(worst)).append(" <b>").append(Words.get("severity." + worst.label(), lang)).append("</b> · <code>")
                .append(trap.id()).append("</code> · ").append(Html.escape(trap.title().in(lang)))
                .append(" (").append(found.count).append(")</summary>\n\n");
        md.append("> ").append(MarkdownText.escape(trap.quote().fr())).append("\\\n> ")
                .append(MarkdownText.escape(trap.quote().en())).append("\n\n");
        for (Finding f : findings) {
            md.append("- ").append(MarkdownText.code(f.file() + ":" + f.hit().at().line()));
            if (f.hit().body() != null) {
                md.append(" · ").append(MarkdownText.code(f.hit().body()));
            }
            md.append(" — ").append(MarkdownText.escape(String.join("; ", f.evidence(lang))));
            if (f.waived()) {
                md.append(" _(").append(MarkdownText.escape(Words.get("waived", lang, f.waiver().expires(), f.waiver().reason()))).append(")_");
            }
            md.append('\n');
        }
        if (found.count > findings.size()) {
            md.append("- _").append(MarkdownText.escape(Words.get("report.more-findings", lang, found.count - findings.size())))
                    .append("_\n");
        }
        md.append("\n**").append(capitalised(Words.get("remedy", lang))).append(":** ")
                .append(MarkdownText.escape(trap.remedy().in(lang))).append("\n\n</details>\n");
        return md.toString();
    }

    static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /**
     * The findings of one trap: how many, the worst severity, and the first
     * {@link #FINDINGS_PER_TRAP} of them most severe first (in report order within a
     * severity), the only ones listed; a folder's findings are not all kept.
     */
    private static final class TrapFindings {
        final TrapDefinition trap;
        final Map<Severity, List<Finding>> firstBySeverity = new EnumMap<>(Severity.class);
        Severity worst;
        int count;

        TrapFindings(TrapDefinition trap) {
            this.trap = trap;
        }

        void add(Finding f) {
            count++;
            if (worst == null || f.severity().compareTo(worst) > 0) {
                worst = f.severity();
            }
            List<Finding> first = firstBySeverity.computeIfAbsent(f.severity(), s -> new ArrayList<>());
            if (first.size() < FINDINGS_PER_TRAP) {
                first.add(f);
            }
        }

        List<Finding> listed() {
            List<Finding> listed = new ArrayList<>();
            for (Severity s : Severity.values()) {
                listed.addAll(0, firstBySeverity.getOrDefault(s, List.of()));
            }
            return listed.subList(0, Math.min(FINDINGS_PER_TRAP, listed.size()));
        }
    }

    /** Characters left to write. */
    private static final class Budget {
        private int left;

        Budget(int left) {
            this.left = left;
        }

        int left() {
            return left;
        }

        boolean fits(String text) {
            return text.length() <= left;
        }

        void add(StringBuilder md, String text) {
            md.append(text);
            left -= text.length();
        }

        /** Adds lines while they fit in {@code most} characters; then says how many were left out. */
        void addLines(StringBuilder md, MarkdownSummary.Lines lines, int most, Lang lang) {
            int used = 0;
            for (int i = 0; i < lines.kept().size(); i++) {
                String line = lines.kept().get(i) + "\n";
                if (used + line.length() > most) {
                    add(md, "\n_" + MarkdownText.escape(Words.get("report.more-rows", lang, lines.total() - i)) + "_\n");
                    return;
                }
                add(md, line);
                used += line.length();
            }
        }
    }
}
