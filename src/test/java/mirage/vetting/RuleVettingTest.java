package mirage.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import mirage.engine.RuleFile;
import mirage.engine.RuleFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hostile rule files of every kind are refused with their line; the built-in catalogue passes. */
class RuleVettingTest {

    static final Path HOSTILE = Path.of("src/test/resources/hostile/rules");

    static List<Refusal> refusals(String name) throws IOException {
        String text = Files.readString(HOSTILE.resolve(name + ".drl"), StandardCharsets.UTF_8);
        return RuleVetting.refusals(new RuleFolder("hostile", List.of(new RuleFile(name + ".drl", "hostile/" + name + ".drl", text))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            reflection-getclass       | 11 | reflection
            reflection-forname        | 11 | reflection
            reflection-class-literal  | 11 | reflection
            reflection-method-handles | 11 | not on the allow-list
            system-exit               | 11 | System
            system-getenv             | 11 | System
            io-file                   | 11 | I/O
            io-files                  | 11 | I/O
            threads                   | 11 | threads
            thread-sleep              | 11 | threads
            process-runtime           | 11 | Runtime
            process-builder           | 11 | processes
            network-url               | 11 | network
            eval                      | 10 | eval
            global                    |  5 | global
            import-io                 |  5 | import of 'java.io.File'
            import-function           |  5 | import function
            modify                    | 11 | never change facts
            update                    | 11 | never change facts
            retract                   | 11 | never remove facts
            delete                    | 11 | never remove facts
            drools-deref              | 11 | drools may only be passed
            kcontext                  | 11 | kcontext
            from-expression           |  9 | Runtime
            constraint-navigation     |  9 | reflection
            accumulate-code           |  9 | custom code
            dialect-mvel              |  5 | java dialect
            lambda                    | 11 | lambda
            method-reference          | 11 | method reference
            anonymous-class           | 11 | anonymous class
            nondeterminism            | 11 | non-determinism
            try-catch                 | 11 | exception handling
            global-state              | 11 | global state
            system-property           | 11 | system properties
            entry-points              | 11 | entry points
            synchronized              | 11 | threads
            annotation-evaluated      |  6 | literals
            salience-expression       |  6 | literal
            timer                     |  6 | timers
            declare                   |  3 | declare
            query                     |  5 | query
            package-mirage            |  1 | belongs to Mirage
            function-body             |  4 | System
            unicode-escape            |  9 | unicode escape
            homoglyph                 |  9 | ASCII
            """)
    void eachKindOfHostileRuleIsRefusedAtItsLine(String name, int line, String why) throws IOException {
        List<Refusal> refusals = refusals(name);
        assertFalse(refusals.isEmpty(), name + " passed the vetting");
        assertTrue(refusals.stream().anyMatch(r -> r.line() == line && r.what().contains(why)),
                () -> name + ": expected line " + line + " '" + why + "', got " + refusals.stream().map(Refusal::located).toList());
    }

    @Test
    void everyHostileFileIsInTheTable() throws IOException {
        try (Stream<Path> files = Files.list(HOSTILE)) {
            assertEquals(45, files.count(), "a hostile rule file without its row in the table above");
        }
    }

    @Test
    void theBuiltInCataloguePassesTheSameVetting() {
        List<Refusal> refusals = RuleVetting.refusals(RuleFolder.builtIn());
        assertEquals(List.of(), refusals.stream().map(Refusal::located).toList());
    }

    @Test
    void theAllowListLeavesOutWhatReachesOutside() {
        AllowList allow = AllowList.get();
        for (String name : List.of("getClass", "forName", "getClassLoader", "exec", "exit", "halt", "invoke", "newInstance",
                "setAccessible", "getRuntime", "currentThread", "sleep", "getDeclaringClass", "random", "setDefault", "getenv",
                "getProperty", "loadClass", "openStream", "openConnection", "parallelStream", "wait", "notify")) {
            assertFalse(allow.isMethod(name) || allow.isField(name), name + " is on the allow-list");
        }
        for (String type : List.of("System", "Runtime", "Thread", "Class", "ClassLoader", "ProcessBuilder", "File")) {
            assertEquals(null, allow.type(type), type + " is an allowed type");
        }
    }
}
