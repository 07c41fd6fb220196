package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    static final String ADVISORY = Scratch.ADVISORY;

    Path write(String name, String text) throws IOException {
        return Scratch.write(dir, name, text);
    }

    @Test
    void versionAndHelp() {
        Run version = Run.of("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("mirage "), version::toString);
        Run help = Run.of("audit", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--fail-on"), help::toString);
        assertTrue(help.out().contains("Exit status"), help::toString);
    }

    @Test
    void failOnDecidesTheExitCode() throws IOException {
        Path p = write("p.yaml", ADVISORY);
        assertEquals(0, Run.of("audit", p.toString()).code(), "advisory-only is low, the default threshold high");
        assertEquals(1, Run.of("audit", "--fail-on", "low", p.toString()).code());
        assertEquals(0, Run.of("audit", "--fail-on", "never", p.toString()).code());
        assertEquals(2, Run.of("audit", "--fail-on", "severe", p.toString()).code());
    }

    @Test
    void invalidInputExitsTwoWithPositionAndNoTrace() throws IOException {
        Path bad = write("bad.yaml", "organisation: {name: X}\nbodies:\n  - id: a\n    power: advisor\n");
        Path good = write("good.yaml", ADVISORY);
        Run run = Run.of("audit", "-f", "json", good.toString(), bad.toString());
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.out().contains("\"status\": \"invalid\""), run::toString);
        assertTrue(run.out().contains("\"line\": 4"), run::toString);
        assertTrue(run.out().contains("\"trap\": \"advisory-only\""), "the good input is still audited");
        assertFalse(run.out().contains("at mirage.") || run.err().contains("at mirage."), "no stack trace");
        Run text = Run.of("audit", bad.toString());
        assertTrue(text.out().contains(bad + ":4:12:"), text::toString);
    }

    @Test
    void aMissingPathAndAnEmptyFolderAreErrors() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        assertEquals(2, Run.of("audit", dir.resolve("nowhere.yaml").toString()).code());
        assertEquals(2, Run.of("audit", dir.resolve("empty").toString()).code());
    }

    @Test
    void foldersAreWalkedSortedAndHiddenFoldersSkipped() throws IOException {
        write("b/two.yaml", ADVISORY);
        write("a/one.yaml", ADVISORY);
        write(".hidden/bad.yaml", "not: [valid");
        write("a/notes.csv", "x");
        Run run = Run.of("audit", "-f", "json", dir.toString());
        assertEquals(0, run.code(), run::toString);
        int one = run.out().indexOf("one.yaml");
        int two = run.out().indexOf("two.yaml");
        assertTrue(one > 0 && two > one, run::toString);
        assertFalse(run.out().contains("bad.yaml"));
        assertTrue(run.out().contains("notes.csv"), "skipped files are listed");
    }

    @Test
    void stdinIsAProfile() {
        Run run = Run.withStdin(ADVISORY, "audit", "-f", "json", "-");
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().contains("\"file\": \"-\""), run::toString);
        assertTrue(run.out().contains("advisory-only"), run::toString);
    }

    @Test
    void onlyAndSkipSelectTrapsAndRefuseUnknownIds() throws IOException {
        Path p = write("p.yaml", ADVISORY);
        assertFalse(Run.of("audit", "-f", "json", "--skip", "advisory-only", p.toString()).out().contains("\"trap\": \"advisory-only\""));
        assertTrue(Run.of("audit", "-f", "json", "--only", "advisory-only", p.toString()).out().contains("\"trap\": \"advisory-only\""));
        Run typo = Run.of("audit", "--only", "advisory-onyl", p.toString());
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("advisory-onyl"), typo::toString);
    }

    @Test
    void jsonIsByteForByteDeterministic() throws IOException {
        Path p = write("p.yaml", ADVISORY);
        assertEquals(Run.of("audit", "-f", "json", p.toString()).out(), Run.of("audit", "-f", "json", p.toString()).out());
    }

    @Test
    void severalReportsInOneRun() throws IOException {
        Path p = write("p.yaml", ADVISORY);
        Path json = dir.resolve("out/report.json");
        Run run = Run.of("audit", "-f", "json=" + json, "-f", "text", p.toString());
        assertEquals(0, run.code(), run::toString);
        assertTrue(Files.readString(json).contains("\"format\": \"mirage-report/v1\""));
        assertTrue(run.out().contains("advisory-only ·"), run::toString);
    }

    @Test
    void aBaselineOfTheSameInputsLeavesNothingNew() throws IOException {
        Path p = write("p.yaml", ADVISORY);
        Path baseline = dir.resolve("baseline.json");
        Run.of("audit", "-f", "json=" + baseline, p.toString());
        // Lines move; the fingerprint does not.
        Files.writeString(p, "# a comment added above\n" + ADVISORY);
        Run run = Run.of("audit", "-f", "json", "--fail-on", "info", "--baseline", baseline.toString(), p.toString());
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().contains("\"findings\": []"), run::toString);
    }

    @Test
    void activeWaiversHideFindingsFromTheExitCodeExpiredOnesDoNot() throws IOException {
        String waiver = "waivers:\n  - {trap: advisory-only, body: comite, reason: voted by council, expires: %s}\n";
        Path active = write("active.yaml", ADVISORY + waiver.formatted("2099-01-01"));
        Path expired = write("expired.yaml", ADVISORY + waiver.formatted("2001-01-01"));
        assertEquals(0, Run.of("audit", "--fail-on", "low", active.toString()).code());
        assertEquals(1, Run.of("audit", "--fail-on", "low", expired.toString()).code());
        assertEquals(1, Run.of("audit", "--fail-on", "low", "--no-waivers", active.toString()).code());
        Run json = Run.of("audit", "-f", "json", expired.toString());
        assertTrue(json.out().contains("\"status\": \"expired\""), json::toString);
    }

    @Test
    void aWaiverOfAnUnknownTrapIsAnInputError() throws IOException {
        Path p = write("p.yaml", ADVISORY + "waivers:\n  - {trap: advisory, reason: r, expires: 2099-01-01}\n");
        Run run = Run.of("audit", p.toString());
        assertEquals(2, run.code());
        assertTrue(run.out().contains(p + ":6:"), run::toString);
    }

    @Test
    void aRuleThatDoesNotCompileStopsTheRunWithFileAndLine() throws IOException {
        Path rules = dir.resolve("rules");
        write("rules/broken.drl", "package x;\nimport mirage.facts.*;\nrule \"broken\"\nwhen\n    Body( powr == null )\nthen\nend\n");
        Run run = Run.of("audit", "--rules", rules.toString(), write("p.yaml", ADVISORY).toString());
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains("broken.drl:5"), run::toString);
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aRuleNameUsedTwiceIsAnError() throws IOException {
        Path rules = dir.resolve("rules");
        String rule = "package mirage.catalogue;\nimport mirage.facts.*;\nrule \"advisory-only\"\nwhen\n    Body()\nthen\nend\n";
        write("rules/again.drl", rule);
        Run run = Run.of("traps", "--rules", rules.toString());
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains("again.drl"), run::toString);
    }

    @Test
    void aRuleFolderWithoutRulesIsAnError() throws IOException {
        write("rules/readme.txt", "nothing");
        Run run = Run.of("traps", "--rules", dir.resolve("rules").toString());
        assertEquals(2, run.code(), run::toString);
    }

    @Test
    void explainAndSchema() {
        Run explain = Run.of("explain", "advisory-only");
        assertEquals(0, explain.code());
        assertTrue(explain.out().contains("« le type de pouvoir »"), explain::toString);
        assertTrue(explain.out().contains("power: advisory"), "a minimal profile that triggers it");
        assertEquals(2, Run.of("explain", "no-such-trap").code());
        Run schema = Run.of("schema");
        assertEquals(0, schema.code());
        assertTrue(schema.out().contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""), schema::toString);
    }

    @Test
    void frenchReports() throws IOException {
        Run run = Run.of("audit", "--lang", "fr", write("p.yaml", ADVISORY).toString());
        assertTrue(run.out().contains("L'instance ne fait que donner des avis"), run::toString);
        assertTrue(run.out().contains("remède"), run::toString);
    }
}
