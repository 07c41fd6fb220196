package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule that runs away stops the audit of its input with an error naming it; other inputs are still audited. */
class RunawayRuleTest {

    @TempDir
    Path dir;

    static final String RULE = """
            package org.example.runaway;

            import mirage.facts.*;

            rule "%s"
            when
            %s
            then
            %s
            end
            """;

    /** A generous watchdog: the limits below are seconds, a loaded 2-core machine may take several times that. */
    static final Duration WATCHDOG = Duration.ofSeconds(240);

    Path rules(String name, String when, String then) throws IOException {
        Path folder = dir.resolve("rules-" + name);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name + ".drl"), RULE.formatted(name, when, then));
        return folder;
    }

    Path profile(int proposals) throws IOException {
        StringBuilder yaml = new StringBuilder("organisation: {name: Ville}\nbodies:\n  - id: comite\n    power: advisory\nproposals:\n");
        for (int i = 0; i < proposals; i++) {
            yaml.append("  - {id: p").append(i).append(", body: comite, outcome: adopted}\n");
        }
        Path file = dir.resolve("big-" + proposals + ".yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void aQuadraticSelfJoinIsStoppedByTheMatchBudgetNamingTheRule() throws IOException {
        Path rules = rules("pairs", "    $p : Proposal()\n    $q : Proposal( this != $p )", "");
        Path big = profile(2_000);
        Path small = dir.resolve("small.yaml");
        Files.writeString(small, "organisation: {name: Ville}\nbodies:\n  - id: comite\n    power: advisory\n");
        Run run = assertTimeoutPreemptively(WATCHDOG, () -> Run.of("audit", "-f", "json", "--max-rule-firings", "100000",
                "--rules", rules.toString(), big.toString(), small.toString()));
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.out().contains("rule 'pairs' matched more than 100,000 times"), run::toString);
        assertTrue(run.out().contains("--max-rule-firings"), run::toString);
        assertTrue(run.out().contains("\"trap\": \"advisory-only\""), "the small input is still audited");
        assertFalse(run.out().contains("\tat ") || run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aJoinThatMatchesNothingIsStoppedByTheTimeLimit() throws IOException {
        Path rules = rules("slow", "    $p : Proposal( $a : id )\n    $q : Proposal( id.length() + $a.length() < 0 )", "");
        Path big = profile(20_000);
        Run run = assertTimeoutPreemptively(WATCHDOG, () -> Run.of("audit", "--rule-time-limit", "2",
                "--rules", rules.toString(), big.toString()));
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.out().contains("ran past the time limit of 2 s"), run::toString);
    }

    @Test
    void aLongChainOfFiringsIsStoppedBetweenTwoOfThem() throws IOException {
        Path rules = rules("chain", "    $p : Proposal()", "    double x = 0;\n    for (int i = 0; i < 3000000; i++) { x = x + Math.sqrt(i); }\n    if (x < 0) { insert(\"never\"); }");
        Path big = profile(20_000);
        Run run = assertTimeoutPreemptively(WATCHDOG, () -> Run.of("audit", "--rule-time-limit", "1",
                "--rules", rules.toString(), big.toString()));
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.out().contains("ran past the time limit"), run::toString);
        assertTrue(run.out().contains("--rule-time-limit"), run::toString);
    }

    @Test
    void aConsequenceThatNeverReturnsIsStoppedByTheTimeLimitNamingTheRule() throws IOException {
        Path rules = rules("forever", "    $b : Body()", "    long n = 0;\n    while (n >= 0) { n = n + 1; if (n == 0) { n = 1; } }");
        Path small = dir.resolve("small.yaml");
        Files.writeString(small, "organisation: {name: Ville}\nbodies:\n  - id: comite\n");
        Run run = assertTimeoutPreemptively(WATCHDOG, () -> Run.of("audit", "--rule-time-limit", "2",
                "--rules", rules.toString(), small.toString()));
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.out().contains("rule 'forever' ran past the time limit"), run::toString);
    }

    @Test
    void theCatalogueAloneOnASmallProfileFiresOnTheCallersThreadWithinTheSameBudget() throws IOException {
        Path small = profile(10);
        Run run = assertTimeoutPreemptively(WATCHDOG, () -> Run.of("audit", "-f", "json", "--max-rule-firings", "3", small.toString()));
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.out().contains("matched more than 3 times"), run::toString);
        assertTrue(run.out().contains("audit stopped: rule '"), "the rule is named: " + run);
        assertFalse(run.out().contains("\tat ") || run.err().contains("\tat "), "no stack trace");
    }
}
