package mirage.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Identifying phrases are matched as whole words on folded text. */
class PhrasesTest {

    @Test
    void caseAccentsAndTypographyAreFolded() {
        Phrases p = Phrases.of(List.of("comité des usagers", "members' council"));
        assertEquals("comité des usagers", p.firstIn(Phrases.normalise("RÈGLEMENT DU COMITE DES USAGERS")));
        assertEquals("members' council", p.firstIn(Phrases.normalise("The Members\u2019 Council of the Trust")));
    }

    @Test
    void articleNumbersAreWrittenTogether() {
        Phrases p = Phrases.of(List.of("l. 311-6", "décret n° 2022-688"));
        for (String text : List.of("article L. 311-6", "article L.311-6", "article L311-6", "article L\u00a0311-6")) {
            assertEquals("l. 311-6", p.firstIn(Phrases.normalise(text)), text);
        }
        assertEquals("décret n° 2022-688", p.firstIn(Phrases.normalise("le décret nº2022-688 du 25 avril 2022")));
    }

    @Test
    void phrasesMatchWholeWordsOnly() {
        Phrases p = Phrases.of(List.of("cvs", "mas", "d. 311-"));
        assertNull(p.firstIn(Phrases.normalise("les CVSx et les masques")));
        assertEquals("cvs", p.firstIn(Phrases.normalise("Règlement du CVS.")));
        // A phrase ending in a hyphen is a prefix: D. 311-3, D. 311-32-1...
        assertEquals("d. 311-", Phrases.of(List.of("d. 311-")).firstIn(Phrases.normalise("articles D. 311-3 et suivants")));
    }
}
