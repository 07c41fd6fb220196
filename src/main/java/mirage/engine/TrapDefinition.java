package mirage.engine;

import java.util.Map;
import java.util.Set;

/**
 * One trap of the catalogue, as its rule's metadata declares it.
 *
 * @param family   the folder of the catalogue it belongs to ("voice-and-mandate")
 * @param fires    what fires it, in plain words
 * @param quote    the essay's sentence ({@code fr}, as written) and its English rendering
 * @param evidence evidence templates ({@link java.text.MessageFormat}) by rule name
 * @param severities severities of rules that find the trap at another severity than its own,
 *                 by rule name ({@code coopted-representatives} is low for volunteers)
 * @param exempts  families whose traps it suspends for its organisation (the community model)
 * @param verdict  true when the trap is itself a body's verdict
 * @param source   the rule file that declares it, as shown to users
 */
public record TrapDefinition(
        String id,
        Severity severity,
        String family,
        Bilingual title,
        Bilingual meaning,
        Bilingual fires,
        Bilingual quote,
        Bilingual remedy,
        Map<String, Bilingual> evidence,
        Map<String, Severity> severities,
        Set<String> exempts,
        boolean verdict,
        String source) {

    /**
     * Whether the quote is the essay's words (in « »). The traps of the law (family
     * {@code frameworks}) name their own source instead, and reports must not attribute it
     * to Godbout.
     */
    public boolean quotesTheEssay() {
        return quote.fr().contains("«");
    }

    /** The same trap at another severity, for every rule that finds it. */
    public TrapDefinition withSeverity(Severity other) {
        return new TrapDefinition(id, other, family, title, meaning, fires, quote, remedy, evidence, Map.of(), exempts, verdict, source);
    }

    /** The severity of what a rule found: its own {@code @severity}, else the trap's. */
    public Severity severityOf(String rule) {
        return severities.getOrDefault(rule, severity);
    }

    /** The evidence template of a rule, or of the trap's own rule when that rule has none. */
    public String evidenceTemplate(String rule, Lang lang) {
        Bilingual template = evidence.getOrDefault(rule, evidence.get(id));
        return template == null ? null : template.in(lang);
    }
}
