package mirage.engine;

import java.util.Map;
import mirage.facts.Law;

/**
 * How evidence reads a fact a charter gives by its silence (traps.md, section H), a fact
 * the law that governs the body sets (section I), and a finding tempered because it rests
 * on silence alone.
 */
final class Silence {

    private static final Map<String, Bilingual> READINGS = Map.of(
            "representatives.report-back", new Bilingual(
                    "the charter does not provide a duty to report back to the users (read as report-back: false)",
                    "la charte ne prévoit pas de compte rendu aux usagers (lu de son silence)"),
            "representatives.mandate", new Bilingual(
                    "the charter does not provide for binding representatives to the users' instructions (read as mandate: free)",
                    "la charte ne prévoit pas de lier les représentants aux consignes des usagers (lu de son silence)"),
            "meetings-public", new Bilingual(
                    "the charter does not provide for meetings open to the public (read as meetings-public: false)",
                    "la charte ne prévoit pas de séances ouvertes au public (lu de son silence)"),
            "minutes-public", new Bilingual(
                    "the charter does not provide for publishing the minutes (read as minutes-public: false)",
                    "la charte ne prévoit pas la publication des comptes rendus (lu de son silence)"),
            "answers-proposals", new Bilingual(
                    "the charter does not provide a duty to answer the body's proposals (read as answers-proposals: none)",
                    "la charte ne prévoit pas d'obligation de répondre aux propositions de l'instance (lu de son silence)"),
            "plain-language-version", new Bilingual(
                    "the charter does not provide a plain-language version (read as plain-language-version: false)",
                    "la charte ne prévoit pas de version en langage clair (lu de son silence)"));

    private Silence() {}

    static String reading(String field, Lang lang) {
        Bilingual reading = READINGS.get(field);
        if (reading == null) {
            return (lang == Lang.FR ? "la charte ne prévoit rien sur " : "the charter does not provide anything on ") + field;
        }
        return reading.in(lang);
    }

    /** "set by law: CASF D311-9, not by the charter". */
    static String law(Law law, Lang lang) {
        boolean fr = lang == Lang.FR;
        String gloss = fr ? law.glossFr() : law.glossEn();
        String cited = law.citation() + (gloss == null ? "" : " (" + gloss + ")");
        String input = law.charter() ? (fr ? "la charte" : "the charter") : (fr ? "le profil" : "the profile");
        if (law.prevails()) {
            return fr ? "fixé par la loi : " + cited + ", qui prévaut sur " + input + " (" + law.framework() + ")"
                    : "set by law: " + cited + ", which prevails over " + input + " (" + law.framework() + ")";
        }
        return fr ? "fixé par la loi : " + cited + ", et non par " + input + " (" + law.framework() + ")"
                : "set by law: " + cited + ", not by " + input + " (" + law.framework() + ")";
    }

    /** The line a finding that rests on silence alone adds to its evidence. */
    static String tempered(Severity own, Severity shown, Lang lang) {
        boolean fr = lang == Lang.FR;
        if (own == shown) {
            return fr ? "la charte ne le prévoit pas : ce constat repose sur son seul silence (déjà au plus bas, " + Labels.severity(own, lang) + ")"
                    : "the charter does not provide it: this finding rests on its silence alone (already as low as it goes, " + own.label() + ")";
        }
        return fr ? "la charte ne le prévoit pas : ce constat repose sur son seul silence, d'où un cran de gravité en moins ("
                + Labels.severity(shown, lang) + " au lieu de " + Labels.severity(own, lang) + ")"
                : "the charter does not provide it: this finding rests on its silence alone, so it is one step less severe ("
                + shown.label() + " instead of " + own.label() + ")";
    }
}
