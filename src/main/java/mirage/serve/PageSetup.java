package mirage.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Properties;
import java.util.TreeSet;
import mirage.engine.Lang;
import mirage.engine.TrapDefinition;
import mirage.profile.FormatField;

/**
 * What the page needs before its first question: the questions (kept as data in
 * {@code questions.yaml}), the catalogue's traps with their severities (to put the
 * questions that would settle a serious trap first), and the reports' own words for
 * severities, verdicts and waivers, so the page says what the HTML report says.
 */
final class PageSetup {

    static final String QUESTIONS = "/mirage/serve/questions.yaml";

    private PageSetup() {}

    /** The questions file, as a tree. */
    static JsonNode questions() {
        try (InputStream in = PageSetup.class.getResourceAsStream(QUESTIONS)) {
            if (in == null) {
                throw new IllegalStateException(QUESTIONS + " is missing from the jar");
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode of(Iterable<TrapDefinition> traps, Lang lang, long maxInputSize) {
        ObjectNode setup = JsonNodeFactory.instance.objectNode();
        setup.put("lang", lang.name().toLowerCase(java.util.Locale.ROOT));
        setup.put("max-input-size", maxInputSize);
        setup.set("questions", questions());
        ArrayNode fields = setup.putArray("fields");
        for (FormatField field : FormatField.all()) {
            ObjectNode f = fields.addObject();
            f.put("path", field.path());
            f.put("kind", field.kind().name());
            field.choices().forEach(f.putArray("choices")::add);
            f.put("required", field.required());
            if (field.pattern() != null) {
                f.put("pattern", field.pattern().pattern());
            }
        }
        ArrayNode catalogue = setup.putArray("traps");
        TreeSet<TrapDefinition> sorted = new TreeSet<>(Comparator.comparing(TrapDefinition::id));
        traps.forEach(sorted::add);
        for (TrapDefinition trap : sorted) {
            ObjectNode t = catalogue.addObject();
            t.put("id", trap.id());
            t.put("severity", trap.severity().label());
            t.put("family", trap.family());
            t.putObject("title").put("en", trap.title().en()).put("fr", trap.title().fr());
        }
        ObjectNode words = setup.putObject("words");
        words.set("en", words("en"));
        words.set("fr", words("fr"));
        return setup;
    }

    /** The report's words for severities, verdicts and waivers' states. */
    private static ObjectNode words(String lang) {
        Properties all = new Properties();
        String name = "/mirage/report/words-" + lang + ".properties";
        try (InputStream in = PageSetup.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode words = JsonNodeFactory.instance.objectNode();
        new TreeSet<>(all.stringPropertyNames()).stream()
                .filter(k -> k.startsWith("severity.") || k.startsWith("verdict.") || k.startsWith("waiver.") && !k.equals("waiver.line")
                        || k.equals("not-assessed") || k.equals("evidence") || k.equals("remedy") || k.equals("verdict"))
                .forEach(k -> words.put(k, all.getProperty(k).replace("''", "'")));
        return words;
    }
}
