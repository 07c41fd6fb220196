package mirage.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The jar writing every report format in one run, as CI does: the same inputs give the same
 * bytes in every format, and a run against a baseline made from the same inputs reports
 * nothing new and exits 0, while still reporting the waivers.
 */
class ReportsIT {

    static final List<String> FORMATS = List.of("text", "json", "sarif", "junit", "markdown", "html");
    static final Path OUT = Path.of("target", "reports-it");

    static List<String> args(Path dir, String... extra) {
        List<String> args = new ArrayList<>(List.of("audit", "--as-of", "2026-06-01", "--lang", "fr"));
        for (String format : FORMATS) {
            args.add("-f");
            args.add(format + "=" + dir.resolve("report." + format));
        }
        args.addAll(List.of(extra));
        args.add("sample-facts");
        return args;
    }

    @Test
    void everyFormatInOneRunSameBytesTwiceAndABaselineOfTheSameInputsLeavesNothingNew() throws Exception {
        Jar first = Jar.run(args(OUT.resolve("first")).toArray(String[]::new));
        Jar second = Jar.run(args(OUT.resolve("second")).toArray(String[]::new));
        assertEquals(1, first.code(), first::toString);
        assertEquals("", first.out(), "every report went to its file");
        for (String format : FORMATS) {
            byte[] a = Files.readAllBytes(OUT.resolve("first/report." + format));
            byte[] b = Files.readAllBytes(OUT.resolve("second/report." + format));
            assertTrue(a.length > 1000, format);
            assertTrue(java.util.Arrays.equals(a, b), format + ": two runs, different bytes");
        }

        Path baseline = OUT.resolve("first/report.json");
        Jar again = Jar.run(args(OUT.resolve("baseline"), "--baseline", baseline.toString(), "--fail-on", "info").toArray(String[]::new));
        assertEquals(0, again.code(), again::toString);
        Path dir = OUT.resolve("baseline");
        ObjectMapper json = new ObjectMapper();
        assertEquals(0, json.readTree(dir.resolve("report.json").toFile()).get("findings").size());
        assertEquals(0, json.readTree(dir.resolve("report.sarif").toFile()).get("runs").get(0).get("results").size());
        assertTrue(Files.readString(dir.resolve("report.junit")).contains("failures=\"0\""));
        for (String format : FORMATS) {
            String report = Files.readString(dir.resolve("report." + format));
            assertTrue(report.contains("active") || report.contains("\"active\""), format + " reports the active waiver");
            assertTrue(report.contains("expired") || report.contains("échue"), format + " reports the expired waiver");
        }
    }
}
