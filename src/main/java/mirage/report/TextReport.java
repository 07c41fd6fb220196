package mirage.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import mirage.engine.Audit;
import mirage.engine.Finding;
import mirage.engine.Labels;
import mirage.engine.Lang;
import mirage.engine.Severity;
import mirage.engine.Verdict;
import mirage.engine.WaiverStatus;
import mirage.facts.Body;
import mirage.facts.Unassessed;
import mirage.input.Problem;

/**
 * The report for a person: by file, organisation and body, most severe first, each trap
 * with its evidence, the essay's sentence and the remedy; then the body's verdict; last a
 * one-line summary. Colour only when asked for (the caller knows whether it is a terminal).
 */
public final class TextReport implements ReportWriter {

    private final boolean colour;

    public TextReport(boolean colour) {
        this.colour = colour;
    }

    @Override
    public void write(Report report, Lang lang, Writer out) throws IOException {
        StringBuilder text = new StringBuilder();
        for (InputResult input : report.inputs()) {
            if (input.valid()) {
                audited(text, input.audit(), input.known().size(), lang);
            } else {
                invalid(text, input, lang);
            }
            text.append('\n');
            out.append(text);
            text.setLength(0);
        }
        out.write(summary(report, lang) + "\n");
    }

    private void audited(StringBuilder text, Audit audit, int known, Lang lang) {
        text.append(bold(audit.dossier().file())).append(" · ").append(audit.dossier().organisation().name())
                .append(" (").append(Words.get(audit.dossier().kind().label(), lang)).append(")\n");
        if (audit.exemptedBy() != null) {
            text.append("  ").append(Words.get("exempted", lang, audit.exemptedBy())).append('\n');
        }
        Map<String, List<Finding>> byBody = new LinkedHashMap<>();
        for (Body body : audit.dossier().bodies()) {
            byBody.put(body.id(), new ArrayList<>());
        }
        List<Finding> organisation = new ArrayList<>();
        for (Finding f : audit.findings()) {
            if (f.hit().body() == null || !byBody.containsKey(f.hit().body())) {
                organisation.add(f);
            } else {
                byBody.get(f.hit().body()).add(f);
            }
        }
        if (!organisation.isEmpty()) {
            text.append("\n  ").append(bold(Words.get("organisation", lang))).append('\n');
            findings(text, organisation, lang);
        }
        for (Body body : audit.dossier().bodies()) {
            List<Finding> own = byBody.get(body.id());
            Verdict verdict = audit.verdicts().stream().filter(v -> v.body().equals(body.id())).findFirst().orElse(null);
            if (own.isEmpty() && verdict == null) {
                continue;
            }
            text.append("\n  ").append(bold(body.name() == null ? body.id() : body.name() + " [" + body.id() + "]")).append('\n');
            findings(text, own, lang);
            if (verdict != null) {
                text.append("    ").append(Words.get("verdict", lang)).append(": ").append(verdictText(verdict, lang)).append('\n');
            }
        }
        if (audit.findings().isEmpty()) {
            text.append("  ").append(known == 0 ? Words.get("no-findings", lang) : Words.get("no-new-findings", lang, known)).append('\n');
        }
        notAssessed(text, audit.notAssessed(), lang);
        waivers(text, audit.waivers(), lang);
    }

    private void findings(StringBuilder text, List<Finding> findings, Lang lang) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::severity).reversed()
                .thenComparingInt(f -> f.hit().at().line()).thenComparing(f -> f.trap().id()));
        for (Finding f : sorted) {
            text.append("    ").append(severity(f.severity(), lang)).append(' ').append(f.trap().id())
                    .append(" · ").append(f.trap().title().in(lang))
                    .append(" · ").append(Words.get("line", lang)).append(' ').append(f.hit().at().line());
            if (f.waived()) {
                text.append(" · ").append(Words.get("waived", lang, f.waiver().expires(), f.waiver().reason()));
            }
            text.append('\n');
            for (String line : f.evidence(lang)) {
                text.append("      ").append(Words.get("evidence", lang)).append(": ").append(line).append('\n');
            }
            // The essay's words stay in French with their English rendering; a trap that names
            // another source (the law) says it in the report's language.
            String quote = f.trap().quotesTheEssay() ? f.trap().quote().fr() + " — " + f.trap().quote().en() : f.trap().quote().in(lang);
            text.append("      ").append(dim(quote)).append('\n');
            text.append("      ").append(Words.get("remedy", lang)).append(": ").append(f.trap().remedy().in(lang)).append('\n');
        }
    }

    private static void notAssessed(StringBuilder text, List<Unassessed> list, Lang lang) {
        if (list.isEmpty()) {
            return;
        }
        text.append("\n  ").append(Words.get("not-assessed", lang)).append(":\n");
        Map<String, List<String>> byWhere = new TreeMap<>();
        for (Unassessed u : list) {
            String where = u.body() == null ? Words.get("organisation", lang).toLowerCase(Locale.ROOT) : u.body();
            byWhere.computeIfAbsent(where, k -> new ArrayList<>())
                    .add(u.trap() + " (" + Words.get("missing", lang) + " " + String.join(", ", u.missing()) + ")");
        }
        byWhere.forEach((where, traps) -> text.append("    ").append(where).append(": ").append(String.join("; ", traps)).append('\n'));
    }

    private static void waivers(StringBuilder text, List<WaiverStatus> waivers, Lang lang) {
        if (waivers.isEmpty()) {
            return;
        }
        text.append("\n  ").append(Words.get("waivers", lang)).append(":\n");
        for (WaiverStatus w : waivers) {
            text.append("    ").append(w.waiver().trap())
                    .append(w.waiver().body() == null ? "" : " @ " + w.waiver().body())
                    .append(": ").append(Words.get("waiver." + w.status(), lang)).append(" (").append(w.waiver().expires()).append(", ")
                    .append(w.matched()).append(")\n");
        }
    }

    private void invalid(StringBuilder text, InputResult input, Lang lang) {
        text.append(bold(input.file())).append(": ").append(red(Words.get("invalid", lang))).append('\n');
        for (Problem p : input.problems(lang)) {
            text.append("  ").append(p).append('\n');
        }
    }

    private String summary(Report report, Lang lang) {
        List<String> parts = new ArrayList<>();
        long invalid = report.inputs().invalid();
        parts.add(Words.get("files", lang, report.inputs().size())
                + (invalid > 0 ? " (" + Words.get("invalid-count", lang, invalid) + ")" : ""));
        Map<Severity, Integer> counts = report.bySeverity();
        List<String> bySeverity = new ArrayList<>();
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            Severity s = Severity.values()[i];
            if (counts.containsKey(s)) {
                bySeverity.add(counts.get(s) + " " + Labels.severity(s, lang));
            }
        }
        parts.add(Words.get("findings", lang, report.findingCount())
                + (bySeverity.isEmpty() ? "" : ": " + String.join(", ", bySeverity)));
        parts.add(Words.get("waived-count", lang, report.waived()));
        Map<String, Integer> verdicts = new TreeMap<>();
        report.inputs().stream().filter(InputResult::valid)
                .flatMap(i -> i.audit().verdicts().stream())
                .forEach(v -> verdicts.merge(v.verdict(), 1, Integer::sum));
        if (!verdicts.isEmpty()) {
            List<String> v = new ArrayList<>();
            verdicts.forEach((name, n) -> v.add(n + " " + Labels.verdict(name, lang)));
            parts.add(Words.get("verdicts", lang) + ": " + String.join(", ", v));
        }
        if (!report.skipped().isEmpty()) {
            parts.add(Words.get("skipped", lang, report.skipped().size()));
        }
        if (report.known() > 0) {
            parts.add(Words.get("known", lang, report.known()));
        }
        if (report.config() != null) {
            parts.add(Words.get("config", lang, report.config()));
        }
        return String.join(" · ", parts);
    }

    private String verdictText(Verdict verdict, Lang lang) {
        String name = Labels.verdict(verdict.verdict(), lang);
        String shown = switch (verdict.verdict()) {
            case Verdict.SOUND -> green(name);
            case Verdict.CONDITIONAL -> yellow(name);
            case Verdict.NOT_ASSESSED -> name;
            default -> red(name.toUpperCase(Locale.ROOT));
        };
        return verdict.traps().isEmpty() ? shown : shown + " (" + String.join(", ", verdict.traps()) + ")";
    }

    private String severity(Severity severity, Lang lang) {
        String label = String.format("%-8s", Labels.severity(severity, lang).toUpperCase(Locale.ROOT));
        return switch (severity) {
            case CRITICAL, HIGH -> red(label);
            case MEDIUM -> yellow(label);
            default -> label;
        };
    }

    private String bold(String s) {
        return ansi("1", s);
    }

    private String dim(String s) {
        return ansi("2", s);
    }

    private String red(String s) {
        return ansi("31", s);
    }

    private String yellow(String s) {
        return ansi("33", s);
    }

    private String green(String s) {
        return ansi("32", s);
    }

    private String ansi(String code, String s) {
        return colour ? "\u001b[" + code + "m" + s + "\u001b[0m" : Objects.toString(s);
    }
}
