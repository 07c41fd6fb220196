package mirage.cases;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import mirage.audit.InputReader;
import mirage.engine.Auditor;
import mirage.engine.CacheFolders;
import mirage.engine.RuleBase;
import mirage.engine.RuleFile;
import mirage.engine.RuleFolder;
import mirage.input.InputError;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of every case file of the built-in catalogue, one named test each, run twice:
 * on the rules compiled at run time, and on the precompiled model a cold run loads. A model
 * that loads but finds nothing fails every case that must fire.
 */
class CatalogueCasesTest {

    static final RuleFolder BUILT_IN = RuleFolder.builtIn();
    static final RuleBase RULES = RuleBase.load(List.of(BUILT_IN));

    @TestFactory
    Stream<DynamicContainer> everyCase() throws InputError {
        RuleBase model = RuleBase.load(List.of(BUILT_IN), CacheFolders.standard());
        return Stream.of(
                DynamicContainer.dynamicContainer("compiled at run time", cases(RULES)),
                DynamicContainer.dynamicContainer("precompiled model", cases(model)));
    }

    private static Stream<DynamicTest> cases(RuleBase rules) throws InputError {
        CaseRunner runner = new CaseRunner(new Auditor(rules, true, LocalDate.of(2026, 1, 1)), InputReader.of(rules));
        Stream.Builder<DynamicTest> tests = Stream.builder();
        for (RuleFile file : BUILT_IN.cases()) {
            for (Case kase : CaseFile.read(file)) {
                tests.add(DynamicTest.dynamicTest(kase.title(), () -> {
                    CaseResult result = runner.run(kase);
                    assertTrue(result.passed(), () -> kase.file() + ":" + kase.line() + ": " + String.join("; ", result.failures()));
                }));
            }
        }
        return tests.build();
    }
}
