package mirage.engine;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import mirage.facts.Origin;
import java.util.Locale;
import mirage.facts.TrapHit;
import mirage.facts.Waiver;

/**
 * A trap found in one input, with its definition and, when a waiver accepts it, that waiver.
 *
 * @param fingerprint stable across edits that move lines: file, trap and subject
 * @param basis       whether it rests on a charter's silence alone (then one step less severe)
 */
public record Finding(TrapDefinition trap, TrapHit hit, String file, String organisation, String fingerprint, Waiver waiver,
        Basis basis) implements Serializable {

    public boolean waived() {
        return waiver != null;
    }

    /** The rule's severity; one step lower, never below {@code low}, for a finding that rests on silence alone. */
    public Severity severity() {
        Severity own = trap.severityOf(hit.rule());
        return basis == Basis.SILENCE ? tempered(own) : own;
    }

    static Severity tempered(Severity own) {
        return own.compareTo(Severity.LOW) <= 0 ? own : Severity.values()[own.ordinal() - 1];
    }

    /** The evidence lines in a language: the rule's template filled with what it matched. */
    public List<String> evidence(Lang lang) {
        String template = trap.evidenceTemplate(hit.rule(), lang);
        List<String> lines = new ArrayList<>();
        Object[] values = hit.args().stream().map(v -> Labels.value(v, lang)).toArray();
        if (template == null) {
            for (Object value : values) {
                lines.add((String) value);
            }
        } else {
            String text = new MessageFormat(template.replace("'", "''"), Locale.ROOT).format(values);
            lines.addAll(List.of(text.split("\n")));
        }
        Origin at = hit.at();
        if (at.sentence() != null) {
            lines.add((lang == Lang.FR ? "la charte, ligne " : "the charter, line ") + at.line() + (lang == Lang.FR ? " : « " : ": « ") + at.sentence() + " »");
        } else if (at.silent()) {
            lines.add(Silence.reading(at.silentOn(), lang));
        } else if (at.fromLaw()) {
            lines.add(Silence.law(at.law(), lang));
        }
        if (basis == Basis.SILENCE) {
            lines.add(Silence.tempered(trap.severityOf(hit.rule()), severity(), lang));
        }
        return lines;
    }

    /** A copy of this finding accepted by a waiver. */
    Finding waivedBy(Waiver w) {
        return new Finding(trap, hit, file, organisation, fingerprint, w, basis);
    }
}
