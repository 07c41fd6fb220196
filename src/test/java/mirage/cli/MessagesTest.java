package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mirage.engine.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line says: short usage errors, French help and messages, every waiver error at once. */
class MessagesTest {

    @TempDir
    Path dir;

    @Test
    void englishAndFrenchMessagesHaveTheSameKeys() {
        assertEquals(Messages.keys(Lang.EN), Messages.keys(Lang.FR));
    }

    @Test
    void aUsageErrorIsTheErrorAndOneLineOfWhatToDoNotTheHelp() {
        Run run = Run.of("audit", "--fail-onn", "low", "x.yaml");
        assertEquals(2, run.code());
        List<String> lines = run.err().lines().toList();
        assertEquals(2, lines.size(), run::toString);
        assertTrue(lines.get(0).contains("--fail-onn"), run::toString);
        assertTrue(lines.get(1).contains("--fail-on") && lines.get(1).contains("mirage audit --help"), run::toString);
        assertFalse(run.err().contains("Usage:") || run.out().contains("Usage:"), run::toString);
        Run command = Run.of("audti", "x");
        assertEquals(2, command.err().lines().count(), command::toString);
        assertTrue(command.err().contains("audit") && !command.err().contains("generate-completion"), command::toString);
    }

    @Test
    void frenchUsageErrorsAndHelp() {
        Run error = Run.of("audit", "--lang", "fr", "--fail-onn", "low", "x.yaml");
        assertTrue(error.err().startsWith("mirage : option ou argument inconnu : --fail-onn"), error::toString);
        Run help = Run.of("audit", "--help", "--lang", "fr");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Utilisation : mirage audit"), help::toString);
        assertTrue(help.out().contains("Options :") && help.out().contains("Statut de sortie :"), help::toString);
        assertTrue(help.out().contains("Ne rapporte que ces pièges."), help::toString);
        assertFalse(help.out().contains("Report only these traps."), help::toString);
        Run english = Run.of("audit", "--help");
        assertTrue(english.out().contains("Report only these traps."), english::toString);
    }

    @Test
    void explainSaysWhatEachVerdictAndNotAssessedMean() {
        Run verdicts = Run.of("explain", "--no-config", "conditional");
        assertEquals(0, verdicts.code(), verdicts::toString);
        for (String verdict : List.of("representation-trap:", "conditional:", "sound:", "not-assessed:", "Not assessed, for want of facts")) {
            assertTrue(verdicts.out().contains(verdict), verdict + " in " + verdicts);
        }
        Run fr = Run.of("explain", "--no-config", "--lang", "fr", "not-assessed");
        assertTrue(fr.out().contains("sous conditions (conditional)") && fr.out().contains("Non évalué, faute de faits"), fr::toString);
        Run trap = Run.of("explain", "--no-config", "representation-trap");
        assertTrue(trap.out().contains("representation-trap: representation worse than none"), trap::toString);
        assertEquals(2, Run.of("explain", "--no-config", "no-such-thing").code());
    }

    @Test
    void everyWaiverErrorOfAProfileAtOnce() throws IOException {
        Path p = Scratch.write(dir, "p.yaml", """
                organisation: {name: Ville}
                bodies:
                  - id: comite
                    power: advisory
                waivers:
                  - {trap: advisory-onl, reason: voted by council, expires: 2027-01-01}
                  - {trap: advisory-only, body: comit, reason: voted by council, expires: 2027-01-01}
                  - {trap: nope, reason: voted by council, expires: 2027-13-01}
                  - {trap: advisory-only, expires: 2027-01-01}
                  - {trap: advisory-only, reason: voted by council, expires: 2027-01-01, bogus: 1}
                """);
        Run run = Run.of("audit", "--no-config", p.toString());
        assertEquals(2, run.code(), run::toString);
        for (String place : List.of(":6:", ":7:", ":8:", ":9:", ":10:")) {
            assertTrue(run.out().contains(p + place), place + " in " + run);
        }
        assertTrue(run.out().contains("did you mean 'advisory-only'"), run::toString);
        assertTrue(run.out().contains("did you mean 'comite'"), run::toString);
    }

    @Test
    void frenchSummaryOnStandardErrorWhenEveryReportGoesToAFile() throws IOException {
        Path p = Scratch.write(dir, "p.yaml", Scratch.ADVISORY);
        Run run = Run.of("audit", "--no-config", "--lang", "fr", "--fail-on", "low", "-f", "json=" + dir.resolve("r.json"), p.toString());
        assertEquals(1, run.code());
        assertEquals(1, run.err().lines().count(), run::toString);
        assertTrue(run.err().contains("1 constat(s) : 1 faible") && run.err().contains("sortie 1"), run::toString);
    }

    @Test
    void inputWordingsHaveTheSameKeysInBothLanguages() {
        assertEquals(mirage.input.Wording.keys(false), mirage.input.Wording.keys(true));
    }

    @Test
    void aBadProfileIsRefusedInFrenchWithItsPlaces() throws IOException {
        Path p = Scratch.write(dir, "p.yaml", """
                organisation: {name: Ville, jurisdiction: Norvège}
                bodies:
                  - id: comite
                    power: advisor
                    meetings-public: yes
                    colour: blue
                proposals:
                  - {id: p, body: comit}
                """);
        Run run = Run.of("audit", "--no-config", "--lang", "fr", p.toString());
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.out().contains(p + ":1:43: le texte « Norvège » n'est pas une valeur valide de organisation.jurisdiction"), run::toString);
        assertTrue(run.out().contains(p + ":4:12:") && run.out().contains("vouliez-vous dire « advisory » ?"), run::toString);
        assertTrue(run.out().contains(p + ":5:22: bodies[0].meetings-public : attendu true ou false, trouvé le texte « yes »"), run::toString);
        assertTrue(run.out().contains(p + ":6:5: champ inconnu « colour » dans instance"), run::toString);
        assertTrue(run.out().contains(p + ":8:19: « comit » ne nomme aucune instance de ce fichier"), run::toString);
        Run english = Run.of("audit", "--no-config", p.toString());
        assertTrue(english.out().contains(p + ":5:22: bodies[0].meetings-public: expected true or false, found the text 'yes'"), english::toString);
        Run missing = Run.of("audit", "--no-config", "--lang", "fr", dir.resolve("nowhere.yaml").toString());
        assertTrue(missing.out().contains("ce fichier ou ce dossier n'existe pas"), missing::toString);
    }
}
