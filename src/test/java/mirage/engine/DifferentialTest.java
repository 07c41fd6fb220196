package mirage.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import mirage.audit.InputReader;
import mirage.bench.ProfileGenerator;
import mirage.bench.StructuralReference;
import mirage.facts.Dossier;
import mirage.input.SourceText;
import org.junit.jupiter.api.Test;

/**
 * The structural traps found by the rules and by a plain-Java reference agree on thousands
 * of generated profiles.
 */
class DifferentialTest {

    static final int PROFILES = 3000;

    @Test
    void rulesAndReferenceFindTheSameStructuralTraps() throws Exception {
        RuleBase rules = RuleBase.load(List.of(RuleFolder.builtIn()), CacheFolders.standard());
        Auditor auditor = new Auditor(rules, false, LocalDate.of(2026, 1, 1));
        InputReader reader = InputReader.of(rules);
        ProfileGenerator generator = new ProfileGenerator(42);
        int compared = 0;
        int nonEmpty = 0;
        for (int i = 0; i < PROFILES; i++) {
            String profile = generator.next(i);
            Dossier d = reader.read(new SourceText("g" + i + ".yaml", profile), Path.of("."));
            Set<String> byRules = new TreeSet<>();
            for (Finding f : auditor.audit(d).findings()) {
                if (f.trap().family().equals("structure")) {
                    byRules.add(f.trap().id() + " " + f.hit().body() + " " + f.severity().label());
                }
            }
            Set<String> byReference = StructuralReference.findings(d);
            assertEquals(byReference, byRules, "profile " + i + ":\n" + profile);
            compared++;
            nonEmpty += byRules.isEmpty() ? 0 : 1;
        }
        assertEquals(PROFILES, compared);
        assertTrue(nonEmpty > PROFILES / 2, "the generated profiles should mostly have structural traps: " + nonEmpty);
    }
}
