package mirage.engine;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import mirage.facts.TrapHit;
import mirage.facts.Waiver;

/**
 * A trap found in one input, with its definition and, when a waiver accepts it, that waiver.
 *
 * @param fingerprint stable across edits that move lines: file, trap and subject
 */
public record Finding(TrapDefinition trap, TrapHit hit, String file, String organisation, String fingerprint, Waiver waiver) {

    public boolean waived() {
        return waiver != null;
    }

    public Severity severity() {
        return trap.severityOf(hit.rule());
    }

    /** The evidence lines in a language: the rule's template filled with what it matched. */
    public List<String> evidence(Lang lang) {
        String template = trap.evidenceTemplate(hit.rule(), lang);
        if (template == null) {
            return List.copyOf(hit.args());
        }
        String text = new MessageFormat(template.replace("'", "''"), Locale.ROOT).format(hit.args().toArray());
        return List.of(text.split("\n"));
    }

    /** A copy of this finding accepted by a waiver. */
    Finding waivedBy(Waiver w) {
        return new Finding(trap, hit, file, organisation, fingerprint, w);
    }
}
