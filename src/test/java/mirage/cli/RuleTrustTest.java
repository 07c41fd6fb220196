package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A --rules folder is vetted before it is compiled, unless --trust-rules. */
class RuleTrustTest {

    @TempDir
    Path dir;

    /** A rule that reads a system property: harmless here, but outside the allow-list. */
    static final String OUTSIDE = """
            package org.example.mine;

            import mirage.facts.*;
            import mirage.engine.Hits;

            rule "separator"
                @id("advisory-only")
            when
                $b : Body( power == Power.ADVISORY )
            then
                String separator = System.lineSeparator();
                insert(Hits.body(drools, $b, "power", $b.power()));
            end
            """;

    Path write(String name, String text) throws IOException {
        return Scratch.write(dir, name, text);
    }

    @Test
    void aRuleOutsideTheAllowListIsRefusedWithFileAndLine() throws IOException {
        write("mine/separator.drl", OUTSIDE);
        Path profile = write("p.yaml", Scratch.ADVISORY);
        Run run = Run.of("audit", "--rules", dir.resolve("mine").toString(), profile.toString());
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains("separator.drl:11:"), run::toString);
        assertTrue(run.err().contains("--trust-rules"), run::toString);
        assertFalse(run.err().contains("\tat ") || run.out().contains("\tat "), "no stack trace");
        Run verify = Run.of("verify", dir.resolve("mine").toString());
        assertEquals(2, verify.code(), verify::toString);
    }

    @Test
    void trustRulesCompilesTheFolderAsItIs() throws IOException {
        write("mine/separator.drl", OUTSIDE);
        Path profile = write("p.yaml", Scratch.ADVISORY);
        Run run = Run.of("audit", "--trust-rules", "--rules", dir.resolve("mine").toString(), "-f", "json", profile.toString());
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().contains("\"trap\": \"advisory-only\""), run::toString);
    }

    @Test
    void aVettedFolderThatStaysInsideTheAllowListRuns() throws IOException {
        write("mine/quiet.drl", OUTSIDE.replace("    String separator = System.lineSeparator();\n", ""));
        Path profile = write("p.yaml", Scratch.ADVISORY);
        Run run = Run.of("audit", "--rules", dir.resolve("mine").toString(), profile.toString());
        assertEquals(0, run.code(), run::toString);
    }
}
