package mirage.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A finding on silence alone is one step lower, never below low (traps.md, section I). */
class TemperedSeverityTest {

    @Test
    void oneStepLowerNeverBelowLow() {
        assertEquals(Severity.HIGH, Finding.tempered(Severity.CRITICAL));
        assertEquals(Severity.MEDIUM, Finding.tempered(Severity.HIGH));
        assertEquals(Severity.LOW, Finding.tempered(Severity.MEDIUM));
        assertEquals(Severity.LOW, Finding.tempered(Severity.LOW));
        assertEquals(Severity.INFO, Finding.tempered(Severity.INFO));
    }
}
