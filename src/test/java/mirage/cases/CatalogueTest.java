package mirage.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mirage.engine.RuleBase;
import mirage.engine.RuleFile;
import mirage.engine.TrapDefinition;
import org.junit.jupiter.api.Test;

/**
 * The catalogue as a whole, like PMD's rule-set test: every problem is collected, then the
 * test fails once with all of them.
 */
class CatalogueTest {

    static final RuleBase RULES = CatalogueCasesTest.RULES;

    @Test
    void everyRuleIsWellFormedAndTested() {
        List<String> problems = CatalogueCheck.problems(RULES, List.of(CatalogueCasesTest.BUILT_IN));
        assertEquals(List.of(), problems, () -> String.join("\n", problems));
    }

    @Test
    void theCatalogueIsExactlyTheContract() throws IOException {
        Map<String, String> promised = new TreeMap<>();
        String contract = new String(getClass().getResourceAsStream("/contract/traps.tsv").readAllBytes(), StandardCharsets.UTF_8);
        for (String line : contract.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.split("\t");
                promised.put(f[0], f[1] + " " + f[2]);
            }
        }
        Map<String, String> actual = new TreeMap<>();
        for (TrapDefinition t : RULES.traps()) {
            actual.put(t.id(), t.severity().label() + " " + t.family());
        }
        assertEquals(promised, actual);
    }

    /**
     * Every trap quotes the essay, except the family {@code frameworks}: traps.md (section I)
     * gives {@code departs-from-law} the framework's article as its source, not a sentence of
     * the essay. Its quote must then say so, in both languages, and must not look like the
     * essay's words (no « »), so that no report passes the law off as Godbout.
     */
    @Test
    void everyTrapQuotesTheEssayInFrenchWithItsRendering() throws IOException {
        String essay = new String(getClass().getResourceAsStream("/contract/essay-fr.txt").readAllBytes(), StandardCharsets.UTF_8);
        String flat = flatten(essay);
        List<String> problems = new ArrayList<>();
        for (TrapDefinition t : RULES.traps()) {
            if (t.family().equals("frameworks")) {
                if (t.quote().fr().contains("«") || t.quote().en().contains("\"")) {
                    problems.add(t.id() + ": a trap from the law must not quote as if from the essay");
                }
                if (!t.quote().fr().contains("frameworks.md") || !t.quote().en().contains("frameworks.md")
                        || !t.quote().fr().contains("essai") || !t.quote().en().contains("essay")) {
                    problems.add(t.id() + ": its quote must name its source (frameworks.md) and say it is not the essay's");
                }
                continue;
            }
            if (!t.quote().fr().contains("«")) {
                problems.add(t.id() + ": the French quote is not in « »");
            }
            for (String quoted : t.quote().fr().split("»")) {
                int open = quoted.indexOf('«');
                if (open >= 0) {
                    String words = flatten(quoted.substring(open + 1));
                    if (!flat.contains(words)) {
                        problems.add(t.id() + ": not in the essay: " + words);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    /** The essay's words without line breaks, hyphenation, case and typographic variants. */
    static String flatten(String text) {
        return text.replace("-\n", "").replace('\u2019', '\'').replace('’', '\'')
                .replaceAll("[«»\"“”]", " ").replaceAll("\\s+", " ").replaceAll("[.,;:()…]", "")
                .toLowerCase().strip();
    }

    @Test
    void everyRuleCompilesIntoTheExecutableModel(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        mirage.engine.ModelCache cache = mirage.engine.CacheFolders.at(dir);
        RuleBase precompiled = RuleBase.load(List.of(CatalogueCasesTest.BUILT_IN), cache);
        precompiled.recognition();
        assertEquals(Map.of(), cache.failures(), "a rule that cannot be precompiled makes every cold run compile it");
    }

    /** Recognition patterns run on a sentence's lower-case text without case folding. */
    @Test
    void recognitionPatternsAreWrittenInLowerCase() {
        // "..." with escapes, written as an unrolled loop (no deep recursion on long literals).
        java.util.regex.Pattern call = java.util.regex.Pattern.compile(
                "\\b(has|says|affirms)\\(\\s*\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"");
        List<String> problems = new ArrayList<>();
        for (RuleFile f : CatalogueCasesTest.BUILT_IN.recognitionRules()) {
            java.util.regex.Matcher m = call.matcher(f.text());
            while (m.find()) {
                String literal = m.group(2).replaceAll("\\\\\\\\[pP]\\{\\w+\\}|\\\\\\\\[A-Za-z]", "");
                if (!literal.equals(literal.toLowerCase(java.util.Locale.ROOT))) {
                    problems.add(f.shown() + ": " + m.group(1) + "(\"" + m.group(2) + "\") has capital letters, and never matches");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void ruleFilesAreUtf8AndEndWithANewline() {
        List<String> problems = new ArrayList<>();
        for (RuleFile f : CatalogueCasesTest.BUILT_IN.files()) {
            if (!f.text().endsWith("\n")) {
                problems.add(f.shown() + ": no final newline");
            }
            if (f.text().contains("\t")) {
                problems.add(f.shown() + ": tab characters");
            }
        }
        assertEquals(List.of(), problems);
    }
}
