package mirage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mirage.audit.AuditRun;
import mirage.audit.FindingFilter;
import mirage.audit.InputFiles;
import mirage.audit.InputReader;
import mirage.bench.ProfileGenerator;
import mirage.engine.Auditor;
import mirage.engine.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder's results kept in a temporary file give the same reports, to the byte, as the
 * same results kept in memory, and the same counts.
 */
class InputResultsTest {

    /** The same report with its results written to a temporary file and read back from it. */
    static Report spilled(Report report) {
        InputResults.Builder builder = new InputResults.Builder(report.inputs().size(), report.catalogue(), 0);
        for (int i = 0; i < report.inputs().size(); i++) {
            builder.put(i, report.inputs().get(i));
        }
        return fromFile(new Report(report.version(), report.rulesDigest(), report.catalogue(), report.checked(), builder.build(), report.skipped()));
    }

    /** The report with nothing of its results left in memory: each is read from the file. */
    static Report fromFile(Report report) {
        report.inputs().forgetRecent();
        return report;
    }

    static void sameReports(Report expected, Report actual) {
        DeterminismTest.writers().forEach((name, writer) -> {
            for (Lang lang : Lang.values()) {
                assertEquals(Fixture.write(writer, expected, lang), Fixture.write(writer, actual, lang), name + " " + lang);
            }
        });
        assertEquals(expected.findingCount(), actual.findingCount());
        assertEquals(expected.bySeverity(), actual.bySeverity());
        assertEquals(expected.waived(), actual.waived());
        assertEquals(expected.known(), actual.known());
        assertEquals(expected.hasInvalidInputs(), actual.hasInvalidInputs());
        assertEquals(expected.findings().toList(), actual.findings().toList());
    }

    @Test
    void resultsReadBackFromTheFileGiveTheSameReportsInEveryFormat() throws Exception {
        List<String> inputs = new ArrayList<>(DeterminismTest.SAMPLES);
        inputs.addAll(Fixture.GOLDEN);
        Report report = Fixture.audit(inputs);
        assertTrue(report.findingCount() > 100 && report.hasInvalidInputs() && report.waived() > 0);
        assertFalse(report.inputs().spilled(), "a few inputs stay in memory");
        try (InputResults spilled = spilled(report).inputs()) {
            sameReports(report, new Report(report.version(), report.rulesDigest(), report.catalogue(), report.checked(), spilled, report.skipped()));
        }
        Report baseline = Fixture.audit(inputs, Fixture.baselineOf(report));
        assertTrue(baseline.known() > 100, "findings already in the baseline are read back too");
        sameReports(baseline, spilled(baseline));
    }

    @Test
    void theCountsAreThoseOfTheFindings() {
        Report report = Fixture.audit(Fixture.GOLDEN);
        List<mirage.engine.Finding> all = report.inputs().stream().filter(InputResult::valid)
                .flatMap(i -> i.audit().findings().stream()).toList();
        assertEquals(all.size(), report.findingCount());
        assertEquals(all.stream().filter(mirage.engine.Finding::waived).count(), report.waived());
        assertTrue(report.fails(mirage.engine.Severity.HIGH));
        assertTrue(report.hasInvalidInputs());
    }

    @Test
    void aFolderOfMoreThanTheThresholdIsAuditedThroughTheFileOnOneOrTwoThreadsAlike(@TempDir Path dir) throws Exception {
        int n = InputResults.SPILL_AFTER + 20;
        new ProfileGenerator(7).writeFolder(dir, n);
        Files.writeString(dir.resolve("broken.yaml"), "format: mirage/v1\norganisation: [\n");
        Report one = audit(dir, 1);
        Report two = audit(dir, 2);
        assertEquals(n + 1, one.inputs().size());
        assertTrue(one.inputs().spilled() && two.inputs().spilled(), "past the threshold the results go to the file");
        assertTrue(one.hasInvalidInputs());
        try (InputResults kept = InputResults.of(new ArrayList<>(one.inputs()))) {
            Report inMemory = new Report(one.version(), one.rulesDigest(), one.catalogue(), one.checked(), kept, one.skipped());
            sameReports(inMemory, one);
            sameReports(inMemory, fromFile(two));
        }
        one.inputs().close();
        two.inputs().close();
    }

    private static Report audit(Path dir, int threads) {
        AuditRun run = new AuditRun(new Auditor(Fixture.rules(), true, Fixture.AS_OF), InputReader.of(Fixture.rules()),
                FindingFilter.ALL, 16 << 20, threads, AuditRun.Progress.NONE);
        return run.run(InputFiles.expand(List.of(dir.toString())), new ByteArrayInputStream(new byte[0]), "0.1.0");
    }
}
