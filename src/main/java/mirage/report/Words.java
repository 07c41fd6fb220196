package mirage.report;

import java.util.Map;
import mirage.engine.Lang;

/** The words reports put around the catalogue's own texts, in English and French. */
final class Words {

    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("profile", new String[] {"profile", "profil"}),
            Map.entry("charter", new String[] {"charter", "charte"}),
            Map.entry("organisation", new String[] {"Organisation", "Organisation"}),
            Map.entry("line", new String[] {"line", "ligne"}),
            Map.entry("evidence", new String[] {"evidence", "constat"}),
            Map.entry("remedy", new String[] {"remedy", "remède"}),
            Map.entry("verdict", new String[] {"verdict", "verdict"}),
            Map.entry("waived", new String[] {"waived until {0}: {1}", "dérogation jusqu''au {0} : {1}"}),
            Map.entry("not-assessed", new String[] {"not assessed, for want of facts", "non évalué, faute de faits"}),
            Map.entry("missing", new String[] {"missing", "manque"}),
            Map.entry("waivers", new String[] {"waivers", "dérogations"}),
            Map.entry("invalid", new String[] {"invalid input, not audited", "entrée invalide, non auditée"}),
            Map.entry("exempted", new String[] {"{0}: the producer/user distinction does not apply here; the traps of representation are not assessed.",
                    "{0} : la distinction producteur-usager n''est pas pertinente ici ; les pièges de la représentation ne sont pas évalués."}),
            Map.entry("no-findings", new String[] {"no trap found", "aucun piège trouvé"}),
            Map.entry("files", new String[] {"{0} file(s)", "{0} fichier(s)"}),
            Map.entry("invalid-count", new String[] {"{0} invalid", "{0} invalide(s)"}),
            Map.entry("findings", new String[] {"{0} finding(s)", "{0} constat(s)"}),
            Map.entry("waived-count", new String[] {"{0} waived", "{0} sous dérogation"}),
            Map.entry("skipped", new String[] {"{0} file(s) skipped (not .yaml, .yml, .json, .md or .txt)",
                    "{0} fichier(s) ignoré(s) (ni .yaml, .yml, .json, .md ni .txt)"}),
            Map.entry("verdicts", new String[] {"verdicts", "verdicts"}),
            Map.entry("quote", new String[] {"Godbout", "Godbout"}));

    private Words() {}

    static String get(String key, Lang lang, Object... args) {
        String[] pair = WORDS.get(key);
        if (pair == null) {
            throw new IllegalArgumentException("no words for " + key);
        }
        String text = pair[lang == Lang.FR ? 1 : 0];
        return args.length == 0 ? text.replace("''", "'") : java.text.MessageFormat.format(text, args);
    }
}
