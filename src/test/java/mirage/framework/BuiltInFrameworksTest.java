package mirage.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import mirage.engine.RuleFolder;
import org.junit.jupiter.api.Test;

/** The seven frameworks of frameworks.md, and how conservatively charters are claimed. */
class BuiltInFrameworksTest {

    static final Frameworks BUILT_IN = Frameworks.of(List.of(RuleFolder.builtIn()));

    @Test
    void theSevenFrameworksOfFrameworksMdAreThere() {
        assertEquals(List.of("ca-qc-comite-des-usagers", "fr-cdu", "fr-conseil-de-quartier", "fr-cvs",
                "gb-eng-council-committee", "gb-eng-gp-ppg", "gb-eng-nhs-ft-governors"),
                BUILT_IN.all().stream().map(Framework::id).toList());
    }

    @Test
    void theConseilsDeQuartierSettleOnlyTheChannelToTheMayor() {
        Framework f = BUILT_IN.byId("fr-conseil-de-quartier").orElseThrow();
        assertEquals(List.of("reports-to"), f.fields().stream().map(LawField::path).toList());
    }

    @Test
    void aFloorGivesNoSeatCount() {
        for (Framework f : BUILT_IN.all()) {
            assertTrue(f.fields().stream().noneMatch(x -> x.path().startsWith("seats.")), f.id());
        }
    }

    @Test
    void theCvsSecrecyAboutIndividualsIsNotAGagAndItsMinutesAreReadableByUsers() {
        Framework cvs = BUILT_IN.byId("fr-cvs").orElseThrow();
        assertEquals("true", cvs.field("minutes-public").orElseThrow().value());
        assertTrue(cvs.field("representatives.obligations").isEmpty());
        assertTrue(cvs.restatements().get(0).drops().contains("representatives.obligations=confidentiality"));
    }

    static Optional<String> claimed(String jurisdiction, String... titleAndParagraphs) {
        return BUILT_IN.recognise(Opening.of(List.of(titleAndParagraphs)), jurisdiction).map(r -> r.framework().id());
    }

    @Test
    void lookAlikesAreNotClaimed() {
        assertEquals(Optional.empty(), claimed("FR", "Règlement du comité consultatif des quartiers",
                "Le comité consultatif donne son avis sur les conseils de quartier de la ville."));
        assertEquals(Optional.empty(), claimed("FR", "Charte du conseil citoyen", "Le conseil citoyen du quartier de la ville."));
        assertEquals(Optional.empty(), claimed("GB-ENG", "Libraries Task and Finish Group",
                "A task and finish group of the Scrutiny Committee of Wexley District Council."));
        assertEquals(Optional.empty(), claimed("FR", "Règlement de la commission des usagers du GHT Armor",
                "La commission des usagers du groupement hospitalier de territoire, centre hospitalier support."));
        assertEquals(Optional.of("fr-cdu"), claimed("FR", "Règlement de la commission des usagers",
                "La commission des usagers du centre hospitalier de Morlaix."));
    }

    @Test
    void aJurisdictionThatIsNotTheFrameworksRulesItOutAndABroaderOneProvesNothing() {
        assertEquals(Optional.empty(), claimed("BE", "Règlement du conseil de la vie sociale", "Le CVS de la résidence."));
        assertEquals(Optional.of("fr-cvs"), claimed("FR-IDF", "Règlement du CVS", "Le CVS de la résidence."));
        String[] scrutiny = {"Health Scrutiny Sub-Committee", "A sub-committee of Wexley District Council."};
        assertEquals(Optional.of("gb-eng-council-committee"), claimed("GB-ENG", scrutiny));
        assertEquals(Optional.empty(), claimed("GB", scrutiny), "GB may be Scotland or Wales");
        assertEquals(Optional.empty(), claimed(null, scrutiny), "no English statute cited");
    }
}
