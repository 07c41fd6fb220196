package mirage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import mirage.engine.Lang;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each report format, written for one audit (the essay's case with its waivers, the
 * community rink, an invalid profile), against its golden file in
 * {@code src/test/resources/reports/golden/}. To accept a change on purpose, regenerate
 * them and read the diff: {@code mvn -B test -Dtest=GoldenReportsTest -Dmirage.golden=update}.
 */
class GoldenReportsTest {

    static final Path GOLDEN = Path.of("src/test/resources/reports/golden");
    static final boolean UPDATE = "update".equals(System.getProperty("mirage.golden"));

    @TestFactory
    Stream<DynamicTest> everyFormatMatchesItsGoldenFile() {
        Report report = Fixture.audit(Fixture.GOLDEN);
        return Stream.of(
                golden("report.txt", () -> Fixture.write(new TextReport(false), report, Lang.EN)),
                golden("report.json", () -> Fixture.write(new JsonReport(), report, Lang.EN)),
                golden("report.sarif", () -> Fixture.write(Fixture.sarif(), report, Lang.EN)),
                golden("report.junit.xml", () -> Fixture.write(new JUnitReport(), report, Lang.EN)),
                golden("report.md", () -> Fixture.write(new MarkdownReport(), report, Lang.EN)),
                golden("report.fr.md", () -> Fixture.write(new MarkdownReport(), report, Lang.FR)),
                golden("report.html", () -> Fixture.write(new HtmlReport(), report, Lang.EN)),
                golden("report.fr.html", () -> Fixture.write(new HtmlReport(), report, Lang.FR)));
    }

    private static DynamicTest golden(String name, Supplier<String> written) {
        return DynamicTest.dynamicTest(name, () -> {
            Path file = GOLDEN.resolve(name);
            String actual = written.get();
            if (UPDATE) {
                Files.createDirectories(GOLDEN);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                fail(file + " is missing: run mvn -B test -Dtest=GoldenReportsTest -Dmirage.golden=update");
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                assertEquals(firstDifference(expected, actual), "", name + " differs from its golden file; if the change is"
                        + " meant, regenerate with -Dmirage.golden=update and review the diff");
            }
        });
    }

    /** The first line that differs, with its number: enough to see what changed. */
    static String firstDifference(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<end>";
            String y = i < b.length ? b[i] : "<end>";
            if (!x.equals(y)) {
                return "line " + (i + 1) + ":\n  expected: " + x + "\n  actual:   " + y;
            }
        }
        return "";
    }

    static String read(String name) throws IOException {
        return Files.readString(GOLDEN.resolve(name), StandardCharsets.UTF_8);
    }
}
