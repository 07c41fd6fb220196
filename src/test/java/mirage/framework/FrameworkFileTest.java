package mirage.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mirage.engine.RuleError;
import mirage.engine.RuleFile;
import org.junit.jupiter.api.Test;

/** A framework file that says something Mirage cannot read is refused with its line, like a rule. */
class FrameworkFileTest {

    static final String HEAD = """
            id: xx-test
            name: {en: a test body, fr: une instance de test}
            jurisdiction: FR
            source: a test
            identify:
              names: [instance de test]
            law:
            """;

    static RuleError refused(String law) {
        RuleFile file = new RuleFile("frameworks/xx-test.framework.yaml", "rules/frameworks/xx-test.framework.yaml", HEAD + law);
        return assertThrows(RuleError.class, () -> FrameworkFile.read(file));
    }

    @Test
    void aWellFormedFileReads() {
        RuleFile file = new RuleFile("frameworks/xx-test.framework.yaml", "shown", HEAD + """
                  - {field: chair, value: user, citation: Art. 1, sure: T, binding: mandatory}
                  - {field: reports-to, value: [management], citation: Art. 2, sure: S, binding: default}
                  - {field: minutes-public, value: true, citation: Art. 3, sure: T, binding: default}
                """);
        Framework f = FrameworkFile.read(file);
        assertEquals("xx-test", f.id());
        assertEquals(List.of("chair", "reports-to", "minutes-public"), f.fields().stream().map(LawField::path).toList());
        assertTrue(f.fields().get(1).list());
    }

    @Test
    void rowsThatAreOnlyInferredOrUncertainAreRefused() {
        RuleError e = refused("  - {field: chair, value: user, citation: Art. 1, sure: '?', binding: default}\n");
        assertEquals(8, e.line());
        assertTrue(e.getMessage().contains("not encoded"), e.getMessage());
        assertTrue(refused("  - {field: chair, value: user, citation: Art. 1, sure: I, binding: default}\n")
                .getMessage().contains("not encoded"));
    }

    @Test
    void valuesAreCheckedAsAProfileWouldGiveThem() {
        assertTrue(refused("  - {field: chair, value: director, citation: Art. 1, sure: T, binding: default}\n")
                .getMessage().contains("'director' is not a value of chair"));
        assertTrue(refused("  - {field: chairs, value: user, citation: Art. 1, sure: T, binding: default}\n")
                .getMessage().contains("not a field of a body"));
        assertTrue(refused("  - {field: meetings-public, value: maybe, citation: Art. 1, sure: T, binding: default}\n")
                .getMessage().contains("not a value of meetings-public"));
        assertTrue(refused("  - {field: reports-to, value: management, citation: Art. 1, sure: T, binding: default}\n")
                .getMessage().contains("is a list"));
    }

    @Test
    void aListFieldCannotBeMandatoryAndOnlyAMandatoryOneAllowsOthers() {
        assertTrue(refused("  - {field: remit, value: [results], citation: Art. 1, sure: T, binding: mandatory}\n")
                .getMessage().contains("cannot be mandatory"));
        assertTrue(refused("  - {field: chair, value: user, citation: Art. 1, sure: T, binding: default, also-allowed: [independent]}\n")
                .getMessage().contains("also-allowed is for a mandatory field"));
    }

    @Test
    void theIdIsTheFilesName() {
        RuleFile file = new RuleFile("frameworks/other.framework.yaml", "shown", HEAD);
        assertTrue(assertThrows(RuleError.class, () -> FrameworkFile.read(file)).getMessage().contains("should live in xx-test"));
    }

    @Test
    void unknownKeysAreRefused() {
        assertTrue(refused("  - {field: chair, value: user, citation: Art. 1, sure: T, binding: default, mandatory: true}\n")
                .getMessage().contains("unknown key 'mandatory'"));
    }
}
