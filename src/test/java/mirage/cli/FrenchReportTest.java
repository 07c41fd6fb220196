package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mirage.engine.RuleBase;
import mirage.engine.RuleFolder;
import mirage.engine.TrapDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code --lang fr} is French all through: the text report of every sample holds no English
 * word of Mirage's own, outside the English renderings of the essay's quotes. What the inputs
 * say (names, quoted sentences and strings, ids) and the identifiers a user types (trap ids,
 * profile fields) are left aside; everything else is scanned against a list of English terms:
 * the words of Mirage's English texts (labels, report words, evidence templates, the silence
 * readings) that its French texts never use, and a few common English words.
 */
class FrenchReportTest {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Common English words, beside those taken from Mirage's English texts. */
    private static final List<String> COMMON = List.of("the", "of", "and", "or", "not", "with", "by", "for", "to", "from",
            "in", "on", "is", "are", "no", "yes", "true", "false", "unknown", "none", "line", "missing", "evidence", "remedy",
            "finding", "findings", "waived", "file", "files", "skipped", "invalid", "high", "medium", "low", "critical", "sound",
            "conditional", "trap", "traps", "assessed", "charter", "profile", "body", "bodies", "user", "users", "free", "advisory",
            "imperative", "coopted", "appointed", "partners", "managers", "read", "as", "verdict:", "representatives");

    private static Set<String> english;
    private static Set<String> trapIds;

    @BeforeAll
    static void vocabulary() throws IOException {
        RuleBase base = RuleBase.load(List.of(RuleFolder.builtIn()));
        Set<String> en = new HashSet<>(COMMON);
        Set<String> fr = new HashSet<>();
        words(values("/mirage/engine/labels-en.properties"), en);
        words(values("/mirage/report/words-en.properties"), en);
        words(values("/mirage/engine/labels-fr.properties"), fr);
        words(values("/mirage/report/words-fr.properties"), fr);
        trapIds = new HashSet<>();
        // Framework ids are identifiers a user types ('mirage explain gb-eng-council-committee').
        mirage.framework.Frameworks.of(base.folders()).all().forEach(f -> trapIds.add(f.id()));
        for (TrapDefinition trap : base.traps()) {
            trapIds.add(trap.id());
            trap.evidence().values().forEach(b -> {
                words(List.of(b.en()), en);
                words(List.of(b.fr()), fr);
            });
            words(List.of(trap.title().en()), en);
            words(List.of(trap.title().fr(), trap.remedy().fr(), trap.quote().fr()), fr);
        }
        en.removeAll(fr);
        english = en;
        assertTrue(english.containsAll(List.of("the", "advisory", "high", "sound", "unknown", "remedy")), english::toString);
    }

    @Test
    void theFrenchTextReportOfEverySampleHoldsNoEnglishWordOfMirage() throws IOException {
        Run text = Run.of("audit", "--no-config", "--lang", "fr", "--fail-on", "never", "sample-facts/");
        Run json = Run.of("audit", "--no-config", "--lang", "fr", "--fail-on", "never", "-f", "json", "sample-facts/");
        assertEquals(0, text.code(), text::toString);
        List<String> data = inputData(new ObjectMapper().readTree(json.out()));
        List<String> found = new ArrayList<>();
        int n = 0;
        for (String line : text.out().split("\n")) {
            n++;
            String left = ours(line, data);
            Matcher words = WORD.matcher(left);
            while (words.find()) {
                if (english.contains(words.group().toLowerCase(Locale.ROOT))) {
                    found.add("line " + n + ": '" + words.group() + "' in: " + line.strip());
                }
            }
        }
        assertTrue(found.isEmpty(), () -> found.size() + " English word(s):\n" + String.join("\n", found));
    }

    @Test
    void theScanFindsEnglishWhereThereIsSome() {
        List<String> leaks = List.of("    HIGH     advisory-only · …", "      constat: pouvoir : advisory",
                "    verdict: conditional (advisory-only)", "  non évalué, faute de faits:", "      remedy: x");
        int flagged = 0;
        for (String leak : leaks) {
            Matcher words = WORD.matcher(ours(leak, List.of()));
            while (words.find()) {
                if (english.contains(words.group().toLowerCase(Locale.ROOT))) {
                    flagged++;
                    break;
                }
            }
        }
        assertEquals(4, flagged, "every line but the French one is caught");
    }

    /**
     * The part of a report line that is Mirage's own words: without the English rendering
     * of a quote, text in « » or " " (sentences and strings of the inputs), the inputs' own
     * names and ids, trap and framework ids, and the profile fields a "manque" names.
     */
    private static String ours(String line, List<String> data) {
        String s = line;
        int rendering = s.indexOf(" — \"");
        if (s.stripLeading().startsWith("«") && rendering >= 0) {
            s = s.substring(0, rendering);
        }
        s = s.replaceAll("«[^»]*»", " ").replaceAll("\"[^\"]*\"", " ");
        s = s.replaceAll("\\(manque [^)]*\\)", " ");
        if (!s.startsWith(" ") && s.contains(" · ")) {
            s = s.substring(s.lastIndexOf('('));
        }
        if (s.startsWith("  ") && !s.startsWith("   ") && s.endsWith("]")) {
            return "";
        }
        for (String value : data) {
            s = s.replace(value, " ");
        }
        for (String id : trapIds) {
            s = s.replaceAll("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w-])", " ");
        }
        return s;
    }

    /** What the inputs themselves say, from the JSON report of the same run: longest first. */
    private static List<String> inputData(JsonNode report) {
        Set<String> data = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (JsonNode input : report.get("inputs")) {
            data.add(input.get("file").asText());
            if (input.hasNonNull("organisation")) {
                data.add(input.get("organisation").asText());
            }
        }
        for (JsonNode v : report.get("verdicts")) {
            data.add(v.get("body").asText());
        }
        for (JsonNode f : report.get("findings")) {
            if (f.hasNonNull("body")) {
                data.add(f.get("body").asText());
            }
            String subject = f.get("subject").asText();
            int space = subject.indexOf(' ');
            if (space > 0 && !subject.startsWith("proposals of") && !subject.startsWith("document")) {
                data.add(subject.substring(space + 1));
            }
        }
        for (JsonNode w : report.get("waivers")) {
            data.add(w.get("reason").asText());
        }
        for (JsonNode u : report.get("not-assessed")) {
            if (u.hasNonNull("body")) {
                data.add(u.get("body").asText());
            }
        }
        data.removeIf(String::isBlank);
        return List.copyOf(data);
    }

    private static List<String> values(String resource) throws IOException {
        try (InputStream in = FrenchReportTest.class.getResourceAsStream(resource)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> values = new ArrayList<>();
            p.stringPropertyNames().forEach(k -> values.add(p.getProperty(k)));
            return values;
        }
    }

    private static void words(List<String> texts, Set<String> into) {
        for (String text : texts) {
            Matcher m = WORD.matcher(text.replaceAll("\\{\\d+}", " "));
            while (m.find()) {
                into.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
    }
}
