package mirage.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mirage.audit.AuditRun;
import mirage.audit.FindingFilter;
import mirage.audit.InputFiles;
import mirage.audit.InputReader;
import mirage.engine.Auditor;
import mirage.engine.Lang;
import mirage.input.InputError;
import mirage.input.Limits;
import mirage.input.SourceText;
import mirage.profile.Node;
import mirage.profile.Node.MapNode;
import mirage.profile.Node.ScalarNode;
import mirage.profile.TreeReader;
import mirage.report.InputResults;
import mirage.report.JsonReport;
import mirage.report.Report;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What the workbench makes of a file is what {@code mirage audit} makes of it: every sample
 * profile and charter, opened in the workbench and written back as the YAML it exports,
 * audits to the same traps, verdicts and traps not assessed as the file itself.
 */
class WorkbenchAuditTest {

    static final ObjectMapper JSON = new ObjectMapper();
    final Limits limits = Limits.DEFAULT;
    final InputReader reader = InputReader.of(Served.rules(), limits);
    final AuditRun run = new AuditRun(new Auditor(Served.rules(), true, Served.AS_OF, limits), reader, FindingFilter.ALL, limits.maxInputSize());
    final LiveAudit live = new LiveAudit(run, "test");
    final Opening opening = new Opening(reader, limits);

    @TestFactory
    Stream<DynamicTest> everySampleAuditsTheSameOnceOpenedAndWrittenBack() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("sample-facts"))) {
            return files.filter(Files::isRegularFile).filter(p -> InputReader.accepts(p.getFileName().toString())).sorted()
                    .map(p -> DynamicTest.dynamicTest(p.toString(), () -> sameAudit(p))).toList().stream();
        }
    }

    private void sameAudit(Path file) throws Exception {
        Opened opened = opening.open(file);
        String yaml = ProfileYaml.write(opened.profile(), opened.sources(), Lang.EN, opened.from()).text();
        JsonNode workbench = JSON.readTree(live.report(opened.name(), yaml, Lang.EN, LiveAudit.Format.JSON));
        assertEquals("audited", workbench.at("/inputs/0/status").asText(), () -> workbench.toPrettyString() + "\n" + yaml);
        JsonNode original = JSON.readTree(own(file));
        assertEquals(outcome(original), outcome(workbench), yaml);
    }

    private String own(Path file) throws IOException {
        Report report = run.run(InputFiles.expand(List.of(file.toString())), null, "test");
        StringWriter out = new StringWriter();
        try (InputResults results = report.inputs()) {
            new JsonReport().write(report, Lang.EN, out);
        }
        return out.toString();
    }

    /** What an audit concluded, without positions or file names: traps, verdicts, what was not assessed, waivers. */
    static List<String> outcome(JsonNode report) {
        List<String> lines = new ArrayList<>();
        report.get("findings").forEach(f -> lines.add("finding " + f.get("trap").asText() + " " + f.get("severity").asText()
                + " " + f.get("body").asText() + (f.get("waived").asBoolean() ? " waived" : "")));
        report.get("verdicts").forEach(v -> lines.add("verdict " + v.get("body").asText() + " " + v.get("verdict").asText() + " " + v.get("traps")));
        report.get("not-assessed").forEach(n -> lines.add("not-assessed " + n.get("trap").asText() + " " + n.get("body").asText() + " " + n.get("missing")));
        report.get("waivers").forEach(w -> lines.add("waiver " + w.get("trap").asText() + " " + w.path("body").asText() + " " + w.get("status").asText()));
        lines.sort(null);
        return lines;
    }

    @Test
    void anyTextIsWrittenSoItReadsBackAsItWasAndNoCommentCanAddAField() throws Exception {
        List<String> texts = List.of("plain", "yes", "no", "null", "123", "12:30", "- item", "# not a comment", "a: b", "« Impossible »",
                "quote \" and \\ backslash", "line\nbreak", "nel\u0085x", "ls\u2028ps\u2029", "tab\there", "{flow}", "[list]", "&anchor *alias",
                "!tag", "%directive", "@at `tick`", "'single'", " leading and trailing ", "😀 emoji", "\u0007bell");
        for (String text : texts) {
            ObjectNode profile = JSON.createObjectNode();
            profile.putObject("organisation").put("name", text).put("sector", text);
            String sentence = text + "\npower: decision\n# " + text;
            Map<String, Source> sources = Map.of("organisation.name",
                    new Source(Source.Kind.SENTENCE, "c.md", 3, 1, sentence, null, null, false));
            String yaml = ProfileYaml.write(profile, sources, Lang.FR, "c\nd.md").text();
            Node root = TreeReader.readYaml(new SourceText("t.yaml", yaml), limits);
            MapNode organisation = (MapNode) ((MapNode) root).entries().get("organisation").value();
            assertEquals(List.of("organisation"), List.copyOf(((MapNode) root).entries().keySet()), yaml);
            assertEquals(List.of("name", "sector"), List.copyOf(organisation.entries().keySet()), yaml);
            String expected = text.replace("\u0007", "\u0007");
            assertEquals(expected, ((ScalarNode) organisation.entries().get("name").value()).value(), yaml);
        }
    }

    @Test
    void theExportIsNamedAfterTheFileOpenedInPlainLetters() {
        assertEquals("Charte-du-comite.yaml", Opening.exportName("docs/Charte du comité.md"));
        assertEquals("hockey-mineur.yaml", Opening.exportName("sample-facts/hockey-mineur.yaml"));
        assertEquals("profile.yaml", Opening.exportName("«».json"));
    }

    @Test
    void aFieldTheFormatDoesNotHaveIsRefusedNeverDropped() {
        ObjectNode profile = JSON.createObjectNode();
        profile.putObject("organisation").put("name", "V").put("colour", "blue");
        BadRequest refused = assertThrows(BadRequest.class, () -> ProfileYaml.write(profile, Map.of(), Lang.EN, null));
        assertTrue(refused.getMessage().contains("'colour' is not a field"), refused.getMessage());
        ObjectNode nested = JSON.createObjectNode();
        nested.putObject("organisation").put("name", "V");
        nested.putArray("bodies").addObject().put("id", "b").putObject("seats").put("chairs", 3);
        assertThrows(BadRequest.class, () -> ProfileYaml.write(nested, Map.of(), Lang.EN, null));
    }

    @Test
    void aCorrectedFactSaysWhatTheCharterReadAndARemovedOneIsListed() throws InputError {
        Opened opened = opening.open(Path.of("sample-facts/charters/comite-consultatif-hockey-mineur.md"));
        ObjectNode profile = opened.profile().deepCopy();
        ((ObjectNode) profile.get("bodies").get(0)).put("power", "co-decision");
        ((ObjectNode) profile.get("bodies").get(0).get("representatives")).remove("obligations");
        Map<String, Source> sources = new java.util.LinkedHashMap<>(opened.sources());
        Source power = sources.get("bodies.0.power");
        sources.put("bodies.0.power", new Source(Source.Kind.CORRECTED, power.file(), power.line(), power.column(), power.sentence(), null, "advisory", false));
        Source obligations = sources.get("bodies.0.representatives.obligations");
        sources.put("bodies.0.representatives.obligations", new Source(Source.Kind.REMOVED, obligations.file(), obligations.line(),
                obligations.column(), obligations.sentence(), null, "[confidentiality]", false));
        String yaml = ProfileYaml.write(profile, sources, Lang.EN, opened.from()).text();
        assertTrue(yaml.contains("# corrected by the auditor; the charter read advisory, sample-facts/charters/comite-consultatif-hockey-mineur.md:"), yaml);
        assertTrue(yaml.contains("power: co-decision"), yaml);
        assertTrue(yaml.contains("# removed by the auditor: bodies.0.representatives.obligations: [confidentiality]"), yaml);
        assertTrue(yaml.contains("# read from the charter's silence"), yaml);
        assertTrue(!yaml.contains("\n      obligations:"), yaml);
    }
}
