package mirage.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mirage.profile.FormatField;
import org.junit.jupiter.api.Test;

/**
 * The workbench's questions (questions.yaml) against the format's declaration: one
 * question for every field, in French and English, every allowed value explained, asked
 * in the essay's order. Collects every problem, then fails once.
 */
class QuestionsTest {

    /** The essay's order of the sections that carry its questions. */
    static final List<String> ESSAY_ORDER = List.of("structure", "power", "mandate", "voice", "terms", "elected");

    final JsonNode file = PageSetup.questions();
    final List<String> problems = new ArrayList<>();

    @Test
    void everyFieldOfTheFormatHasOneQuestionInBothLanguagesWithEveryAllowedAnswerExplained() {
        Map<String, JsonNode> byField = new HashMap<>();
        Set<String> sections = new LinkedHashSet<>();
        file.get("sections").forEach(s -> sections.add(s.get("id").asText()));
        for (JsonNode q : file.get("questions")) {
            String field = q.get("field").asText();
            if (byField.put(field, q) != null) {
                problems.add(field + ": asked twice");
            }
            if (!sections.contains(q.path("section").asText())) {
                problems.add(field + ": unknown section '" + q.path("section").asText() + "'");
            }
            for (String lang : List.of("en", "fr")) {
                if (q.path(lang).asText().isBlank()) {
                    problems.add(field + ": no question in " + lang);
                }
            }
        }
        for (FormatField field : FormatField.all()) {
            JsonNode q = byField.remove(field.path());
            if (q == null) {
                problems.add(field.path() + ": a field of mirage/v1 with no question");
                continue;
            }
            answers(field, q);
        }
        byField.keySet().forEach(f -> problems.add(f + ": a question for a field mirage/v1 does not have"));
        assertEquals(List.of(), problems);
    }

    private void answers(FormatField field, JsonNode q) {
        List<String> allowed = switch (field.kind()) {
            case CHOICE, CHOICES, FIXED -> field.choices();
            case FLAG -> List.of("true", "false");
            default -> List.of();
        };
        Set<String> given = new LinkedHashSet<>();
        q.path("answers").fieldNames().forEachRemaining(given::add);
        if (!given.equals(new LinkedHashSet<>(allowed))) {
            problems.add(field.path() + ": answers " + given + " where the format allows " + allowed);
        }
        for (String value : given) {
            for (String lang : List.of("en", "fr")) {
                if (q.path("answers").path(value).path(lang).asText().isBlank()) {
                    problems.add(field.path() + "=" + value + ": answer not explained in " + lang);
                }
            }
        }
        if (field.kind() == FormatField.Kind.LIST_OF_MAPPINGS
                && (q.path("item").path("en").asText().isBlank() || q.path("item").path("fr").asText().isBlank())) {
            problems.add(field.path() + ": a list with no name for its items");
        }
        if (q.has("auto") && !Set.of("body", "fixed", "inline").contains(q.get("auto").asText())) {
            problems.add(field.path() + ": unknown auto '" + q.get("auto").asText() + "'");
        }
    }

    @Test
    void sectionsFollowTheEssayStructurePowerMandateVoiceTermsElectedOfficials() {
        List<String> ids = new ArrayList<>();
        file.get("sections").forEach(s -> ids.add(s.get("id").asText()));
        List<String> essay = ids.stream().filter(ESSAY_ORDER::contains).toList();
        assertEquals(ESSAY_ORDER, essay);
        assertTrue(ids.indexOf("organisation") < ids.indexOf("structure"), "who is described comes first");
        for (JsonNode s : file.get("sections")) {
            assertTrue(!s.path("en").asText().isBlank() && !s.path("fr").asText().isBlank(), s.get("id") + " has titles in both languages");
        }
    }
}
