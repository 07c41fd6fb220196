package mirage.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mirage.facts.Labelled;
import mirage.facts.Power;
import mirage.facts.Selection;
import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void everyValueOfEveryFactEnumHasItsFrenchWords() throws IOException, URISyntaxException, ClassNotFoundException {
        Path facts = Path.of(Labelled.class.getResource("/mirage/facts/").toURI());
        List<String> missing = new ArrayList<>();
        int values = 0;
        try (Stream<Path> files = Files.list(facts)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                Class<?> type = Class.forName("mirage.facts." + file.getFileName().toString().replace(".class", ""));
                if (type.isEnum() && Labelled.class.isAssignableFrom(type)) {
                    for (Object value : type.getEnumConstants()) {
                        values++;
                        Labelled labelled = (Labelled) value;
                        if (!Labels.keys(Lang.FR).contains(Labels.typeOf(labelled) + "." + labelled.label())) {
                            missing.add(Labels.typeOf(labelled) + "." + labelled.label());
                        }
                    }
                }
            }
        }
        assertTrue(values > 100, "the fact enums were found: " + values);
        assertTrue(missing.isEmpty(), "labels-fr.properties lacks " + missing);
    }

    @Test
    void englishAndFrenchHaveTheSameSeveritiesVerdictsAndWords() {
        Set<String> en = Labels.keys(Lang.EN);
        Set<String> frShared = Labels.keys(Lang.FR).stream().filter(k -> !Character.isUpperCase(k.charAt(0))).collect(Collectors.toSet());
        assertEquals(en, frShared);
        for (Severity s : Severity.values()) {
            assertTrue(en.contains("severity." + s.label()), s::toString);
        }
        for (String v : List.of("representation-trap", Verdict.CONDITIONAL, Verdict.SOUND, Verdict.NOT_ASSESSED)) {
            assertTrue(en.contains("verdict." + v), v);
        }
    }

    @Test
    void valuesReadInTheReportsLanguage() {
        assertEquals("advisory", Labels.value(Power.ADVISORY, Lang.EN));
        assertEquals("consultatif", Labels.value(Power.ADVISORY, Lang.FR));
        assertEquals("non", Labels.value(false, Lang.FR));
        assertEquals("false", Labels.value(false, Lang.EN));
        assertEquals("inconnu", Labels.value(null, Lang.FR));
        assertEquals("cooptés, élus par les usagers",
                Labels.value(new Hits.Listing(List.of(Selection.ELECTED_BY_USERS, Selection.COOPTED), true), Lang.FR));
        assertEquals("b (rejetée), a (ignorée)", Labels.value(Hits.inOrder(List.of(Hits.named("b", mirage.facts.Outcome.REJECTED),
                Hits.named("a", mirage.facts.Outcome.IGNORED))), Lang.FR));
        assertEquals("élevée", Labels.severity(Severity.HIGH, Lang.FR));
        assertEquals("sous conditions", Labels.verdict(Verdict.CONDITIONAL, Lang.FR));
    }
}
