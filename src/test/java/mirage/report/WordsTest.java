package mirage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.TreeSet;
import mirage.engine.Lang;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void englishAndFrenchHaveTheSameKeys() {
        assertEquals(new TreeSet<>(Words.keys(Lang.EN)), new TreeSet<>(Words.keys(Lang.FR)));
    }

    @Test
    void argumentsAndApostrophes() {
        assertEquals("dérogation jusqu'au 2099-01-01 : r", Words.get("waived", Lang.FR, "2099-01-01", "r"));
        assertEquals("nommés par l'organisation", Words.value("selection", "appointed-by-organisation", Lang.FR));
        assertEquals("custom-value", Words.value("power", "custom-value", Lang.EN), "a value without words is shown as it is");
    }
}
