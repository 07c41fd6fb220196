package mirage.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mirage.engine.Finding;
import mirage.engine.Lang;
import mirage.engine.Severity;
import mirage.facts.Body;
import mirage.facts.Labelled;
import mirage.facts.Power;
import mirage.facts.Representatives;
import mirage.facts.Seats;

/**
 * The picture of one body: its verdict, the four factors on which, Godbout writes, the
 * worth of user representation depends (the seats users hold, how they are named, the
 * body's structure, its power), and the traps found on it by family.
 */
final class HtmlBody {

    /** Up to this many seats are drawn one by one; more, as a bar. */
    private static final int SEATS_DRAWN = 60;

    private final Report report;
    private final Lang lang;
    private final String prefix;

    HtmlBody(Report report, Lang lang, String prefix) {
        this.report = report;
        this.lang = lang;
        this.prefix = prefix;
    }

    void write(StringBuilder html, AuditedBody b, String organisation) {
        if (b.organisation()) {
            html.append("<article class=\"body org-wide\">\n<header><div><h3>").append(Html.escape(Words.get("report.organisation-traps", lang)))
                    .append("</h3><span class=\"id\">").append(Html.escape(organisation)).append("</span></div></header>\n");
        } else {
            html.append("<article class=\"body ").append(HtmlReport.verdictClass(b.verdict())).append("\" id=\"")
                    .append(HtmlOrganisation.anchor(prefix, b.body().id())).append("\">\n<header><div><h3>")
                    .append(Html.escape(b.shown())).append("</h3><span class=\"id\">").append(Html.escape(b.body().id()))
                    .append("</span></div><span class=\"verdict\">")
                    .append(Html.escape(HtmlReport.verdictName(b.verdict(), report, lang))).append("</span></header>\n");
            factors(html, b.body());
        }
        families(html, b.findings());
        html.append("</article>\n");
    }

    private void factors(StringBuilder html, Body body) {
        html.append("<div class=\"factors\">\n");
        factor(html, "seats");
        seats(html, body.seats());
        html.append("</div>\n");
        Representatives r = body.representatives();
        factor(html, "nomination");
        main(html, "selection", r.selection());
        sub(html, word("mandate", r.mandate()), r.reportBack() == null ? null : Words.get("report-back." + r.reportBack(), lang));
        html.append("</div>\n");
        factor(html, "structure");
        main(html, "kind", body.kind());
        sub(html, word("chair", body.chair()), word("agenda", body.agendaSetBy()),
                body.meetingsPublic() == null ? null : Words.get("meetings." + body.meetingsPublic(), lang));
        html.append("</div>\n");
        factor(html, "power");
        power(html, body.power());
        html.append("</div>\n</div>\n");
    }

    private void factor(StringBuilder html, String name) {
        html.append("<div class=\"factor\"><h4>").append(Html.escape(Words.get("factor." + name, lang))).append("</h4>");
    }

    private void main(StringBuilder html, String prefix, Labelled value) {
        if (value == null) {
            html.append("<div class=\"unknown\">").append(Html.escape(Words.get("unknown", lang))).append("</div>");
        } else {
            html.append("<div class=\"main\">").append(Html.escape(word(prefix, value))).append("</div>");
        }
    }

    private void sub(StringBuilder html, String... parts) {
        List<String> given = new ArrayList<>();
        for (String part : parts) {
            if (part != null) {
                given.add(part);
            }
        }
        if (!given.isEmpty()) {
            html.append("<div class=\"sub\">").append(Html.escape(String.join(" · ", given))).append("</div>");
        }
    }

    private String word(String prefix, Labelled value) {
        return value == null ? null : Words.value(prefix, value.label(), lang);
    }

    private void seats(StringBuilder html, Seats seats) {
        if (seats.total() == null || seats.users() == null) {
            html.append("<div class=\"unknown\">").append(Html.escape(seats.users() == null ? Words.get("seats.unknown", lang)
                    : Words.get("seats.users", lang) + ": " + seats.users())).append("</div>");
            return;
        }
        int total = seats.total();
        int users = Math.min(seats.users(), total);
        int elected = Math.min(orZero(seats.electedOfficials()), total - users);
        int professionals = Math.min(orZero(seats.professionals()), total - users - elected);
        int others = total - users - elected - professionals;
        String[] kinds = {"users", "elected", "professionals", "others"};
        int[] counts = {users, elected, professionals, others};
        if (total <= SEATS_DRAWN) {
            html.append("<div class=\"seats\">");
            for (int k = 0; k < kinds.length; k++) {
                html.append(("<span class=\"seat " + kinds[k] + "\"></span>").repeat(counts[k]));
            }
        } else {
            html.append("<div class=\"seatbar\">");
            for (int k = 0; k < kinds.length - 1; k++) {
                html.append("<span class=\"").append(kinds[k]).append("\" style=\"width:")
                        .append(String.format(Locale.ROOT, "%.1f", 100.0 * counts[k] / total)).append("%\"></span>");
            }
        }
        html.append("</div><div class=\"main\">").append(Html.escape(Words.get("seats.of", lang, users, total))).append("</div><div class=\"legend\">");
        for (int k = 0; k < kinds.length; k++) {
            if (counts[k] > 0) {
                html.append("<i class=\"").append(kinds[k]).append("\"></i>").append(counts[k]).append(' ')
                        .append(Html.escape(Words.get("seats." + kinds[k], lang)));
            }
        }
        html.append("</div>");
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }

    /** The power scale from none to veto, filled up to the body's power. */
    private void power(StringBuilder html, Power power) {
        main(html, "power", power);
        html.append("<div class=\"power\">");
        for (Power step : Power.values()) {
            boolean on = power != null && step.ordinal() <= power.ordinal();
            html.append("<span").append(on ? " class=\"on\"" : "").append(" title=\"").append(Html.escape(word("power", step))).append("\"></span>");
        }
        html.append("</div><div class=\"power-scale\"><span>").append(Html.escape(word("power", Power.NONE))).append("</span><span>")
                .append(Html.escape(word("power", Power.VETO))).append("</span></div>");
    }

    /** The traps found on the body, a line per family, most severe family first. */
    private void families(StringBuilder html, List<Finding> findings) {
        if (findings.isEmpty()) {
            html.append("<div class=\"clean\">").append(Html.escape(Words.get("no-findings", lang))).append("</div>\n");
            return;
        }
        Map<String, List<Finding>> byFamily = new LinkedHashMap<>();
        findings.stream()
                .sorted(Comparator.comparing(Finding::severity).reversed().thenComparing(f -> f.trap().family()).thenComparing(f -> f.trap().id()))
                .forEach(f -> byFamily.computeIfAbsent(f.trap().family(), k -> new ArrayList<>()).add(f));
        html.append("<div class=\"families\">\n");
        byFamily.forEach((family, own) -> {
            html.append("<div class=\"family\"><span class=\"name\">").append(Html.escape(family)).append("</span><span class=\"chips\">");
            List<String> seen = new ArrayList<>();
            for (Finding f : own) {
                if (seen.contains(f.trap().id())) {
                    continue;
                }
                seen.add(f.trap().id());
                Severity s = f.severity();
                html.append("<a class=\"chip ").append(f.waived() ? "waived" : s.label()).append("\" href=\"#")
                        .append(HtmlOrganisation.anchor(prefix, "t-" + f.trap().id())).append("\" title=\"")
                        .append(Html.escape(Words.get("severity." + s.label(), lang) + " · " + f.trap().title().in(lang))).append("\">")
                        .append(Html.escape(f.trap().id())).append("</a>");
            }
            html.append("</span></div>\n");
        });
        html.append("</div>\n");
    }
}
