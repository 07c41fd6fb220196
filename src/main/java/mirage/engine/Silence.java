package mirage.engine;

import java.util.Map;

/** How evidence reads a fact a charter gives by its silence (traps.md, section H). */
final class Silence {

    private static final Map<String, Bilingual> READINGS = Map.of(
            "representatives.report-back", new Bilingual(
                    "the charter sets no duty to report back to the users (read as report-back: false)",
                    "la charte ne prévoit aucun compte rendu aux usagers (lu de son silence)"),
            "representatives.mandate", new Bilingual(
                    "the charter binds representatives to no instructions (read as mandate: free)",
                    "la charte ne lie les représentants à aucune instruction (lu de son silence)"),
            "meetings-public", new Bilingual(
                    "the charter does not open the meetings to the public (read as meetings-public: false)",
                    "la charte n'ouvre pas les séances au public (lu de son silence)"),
            "minutes-public", new Bilingual(
                    "the charter does not publish the minutes (read as minutes-public: false)",
                    "la charte ne prévoit pas la publication des procès-verbaux (lu de son silence)"),
            "answers-proposals", new Bilingual(
                    "the charter sets no duty to answer the body's proposals (read as answers-proposals: none)",
                    "la charte n'oblige pas à répondre aux propositions de l'instance (lu de son silence)"),
            "plain-language-version", new Bilingual(
                    "the charter provides no plain-language version (read as plain-language-version: false)",
                    "la charte ne prévoit pas de version en langage clair (lu de son silence)"));

    private Silence() {}

    static String reading(String field, Lang lang) {
        Bilingual reading = READINGS.get(field);
        if (reading == null) {
            return (lang == Lang.FR ? "la charte ne dit rien de " : "the charter says nothing of ") + field;
        }
        return reading.in(lang);
    }
}
