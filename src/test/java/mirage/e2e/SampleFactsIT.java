package mirage.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The jar, run on every sample of {@code sample-facts/}: its trap ids, verdicts and exit status. */
class SampleFactsIT {

    static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("sample-facts/hockey-mineur.yaml", 1, Set.of("advisory-only", "closed-deliberation",
                        "coopted-representatives", "elected-route-wins", "heard-not-heeded", "lost-evaluation-capacity",
                        "minority-user-seats", "no-imperative-mandate", "representation-trap", "results-judgement-neutralised",
                        "technical-evaluation", "technocratic-capture", "unreasoned-refusal", "user-cast-as-coproducer"),
                        Map.of("comite-parents", "representation-trap")),
                Arguments.of("sample-facts/patinoire-de-quartier.yaml", 0, Set.of("community-model"), Map.of()),
                Arguments.of("sample-facts/centre-hospitalier.yaml", 1, Set.of("advisory-only", "closed-deliberation",
                        "coopted-representatives", "imperative-mandate-on-elected", "imposed-jargon", "lost-evaluation-capacity",
                        "minority-user-seats", "no-imperative-mandate", "opposition-muzzled", "representation-trap",
                        "results-judgement-neutralised", "rights-traded-for-role", "technical-evaluation", "user-as-manager",
                        "user-cast-as-coproducer"),
                        Map.of("conseil-de-surveillance", "conditional", "commission-usagers", "representation-trap")),
                Arguments.of("sample-facts/community-care-trust.yaml", 1, Set.of("advisory-only", "coopted-representatives",
                        "heard-not-heeded", "no-elected-channel", "replaces-elected", "unreasoned-refusal"),
                        Map.of("users-board", "conditional", "carers-forum", "conditional")),
                Arguments.of("sample-facts/office-hlm.yaml", 1, Set.of("advisory-only", "closed-deliberation",
                        "contribution-without-return", "embedded-representatives", "legitimising-approval", "producer-before-user",
                        "technical-reason-of-state", "technocratic-capture", "user-cast-as-coproducer"),
                        Map.of("conseil-locataires", "conditional")),
                Arguments.of("sample-facts/regie-des-eaux.json", 0, Set.of(), Map.of("comite-usagers", "sound")),
                Arguments.of("sample-facts/charters/comite-consultatif-hockey-mineur.md", 1, Set.of("advisory-only",
                        "closed-deliberation", "coopted-representatives", "minority-user-seats", "no-imperative-mandate",
                        "opposition-muzzled", "representation-trap", "technical-evaluation", "unreasoned-refusal",
                        "user-cast-as-coproducer"), Map.of("comite-parents", "representation-trap")),
                Arguments.of("sample-facts/charters/charte-comite-usagers-eau.md", 0, Set.of(),
                        Map.of("charte-comite-usagers-eau", "sound")),
                // A hospital's commission des usagers, read with its law (fr-cdu): the law puts complaints,
                // satisfaction and results in its remit, so technical-evaluation no longer fires.
                Arguments.of("sample-facts/charters/reglement-commission-usagers-hopital.md", 1, Set.of("advisory-only",
                        "closed-deliberation", "imposed-jargon", "minority-user-seats", "no-imperative-mandate",
                        "opposition-muzzled", "representation-trap", "unreasoned-refusal",
                        "user-as-manager"), Map.of("reglement-commission-usagers-hopital", "representation-trap")),
                // Read with their law (rules/frameworks/): each is silent on something the law settles;
                // the CVS gives the chair to the director against CASF D311-9.
                Arguments.of("sample-facts/charters/reglement-cvs-ehpad-les-hortensias.md", 1, Set.of("advisory-only",
                        "departs-from-law", "no-imperative-mandate", "unreasoned-refusal"),
                        Map.of("reglement-cvs-ehpad-les-hortensias", "conditional")),
                Arguments.of("sample-facts/charters/scrutiny-panel-terms-of-reference.md", 1, Set.of("advisory-only",
                        "coopted-representatives", "no-imperative-mandate", "unreasoned-refusal"),
                        Map.of("scrutiny-panel-terms-of-reference", "conditional")),
                Arguments.of("sample-facts/charters/council-of-governors-constitution.md", 1, Set.of("closed-deliberation",
                        "opposition-muzzled"), Map.of("council-of-governors-constitution", "conditional")),
                Arguments.of("sample-facts/charters/tenants-panel-terms-of-reference.md", 0, Set.of(),
                        Map.of("tenants-panel-terms-of-reference", "sound")),
                Arguments.of("sample-facts/charters/service-user-reference-group.md", 1, Set.of("advisory-only",
                        "closed-deliberation", "coopted-representatives", "minority-user-seats", "no-imperative-mandate",
                        "opposition-muzzled", "representation-trap", "rights-traded-for-role", "unreasoned-refusal",
                        "user-as-manager"), Map.of("service-user-reference-group", "representation-trap")),
                Arguments.of("sample-facts/charters/parks-forum-constitution.txt", 1, Set.of("advisory-only",
                        "closed-deliberation", "coopted-representatives", "no-imperative-mandate", "opposition-muzzled",
                        "representation-trap", "technical-evaluation", "unreasoned-refusal"),
                        Map.of("parks-forum-constitution", "representation-trap")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void eachSampleGivesItsTrapsVerdictsAndExitStatus(String file, int exit, Set<String> traps, Map<String, String> verdicts)
            throws Exception {
        Jar run = Jar.run("audit", "-f", "json", "--as-of", "2026-06-01", file);
        assertEquals(exit, run.code(), run::toString);
        JsonNode report = JSON.readTree(run.out());
        Set<String> found = new TreeSet<>();
        report.get("findings").forEach(f -> found.add(f.get("trap").asText()));
        assertEquals(new TreeSet<>(traps), found);
        Map<String, String> got = new TreeMap<>();
        report.get("verdicts").forEach(v -> got.put(v.get("body").asText(), v.get("verdict").asText()));
        assertEquals(new TreeMap<>(verdicts), got);
    }

    @Test
    void aChartersTrapsPointAtItsSentences() throws Exception {
        Jar run = Jar.run("audit", "-f", "json", "--as-of", "2026-06-01", "sample-facts/charters/service-user-reference-group.md");
        JsonNode report = JSON.readTree(run.out());
        Map<String, Integer> lines = new TreeMap<>();
        report.get("findings").forEach(f -> lines.put(f.get("trap").asText(), f.get("line").asInt()));
        assertEquals(19, lines.get("rights-traded-for-role"), "« agree not to use the formal complaints route while serving »");
        assertEquals(9, lines.get("coopted-representatives"), "« appointed by the Director of Adult Services »");
        assertEquals(5, lines.get("advisory-only"), "« acts in an advisory capacity »");
        report.get("findings").forEach(f -> {
            if (f.get("trap").asText().equals("rights-traded-for-role")) {
                assertTrue(f.get("evidence").toString().contains("formal complaints route"), f.toString());
            }
        });
    }

    /** The samples read with their law: the law's facts cite their article, the departure its clause. */
    @Test
    void chartersReadWithTheirLawCiteTheArticles() throws Exception {
        JsonNode cvs = JSON.readTree(Jar.run("audit", "-f", "json", "--as-of", "2026-06-01",
                "sample-facts/charters/reglement-cvs-ehpad-les-hortensias.md").out());
        JsonNode departure = null;
        for (JsonNode f : cvs.get("findings")) {
            if (f.get("trap").asText().equals("departs-from-law")) {
                departure = f;
            }
        }
        assertTrue(departure != null, cvs::toString);
        assertEquals(24, departure.get("line").asInt(), "« Le conseil est présidé par la directrice de l'établissement... »");
        assertTrue(departure.get("evidence").toString().contains("CASF D311-9"), departure::toString);
        Jar scrutiny = Jar.run("audit", "-f", "json", "--as-of", "2026-06-01", "sample-facts/charters/scrutiny-panel-terms-of-reference.md");
        assertTrue(scrutiny.out().contains("set by law: Local Government Act 2000 s.9FE"), scrutiny::toString);
        assertTrue(!scrutiny.out().contains("closed-deliberation"), scrutiny::toString);
    }

    @Test
    void frameworksAreListedAndExplained() throws Exception {
        Jar list = Jar.run("frameworks");
        assertEquals(0, list.code(), list::toString);
        for (String id : List.of("fr-cvs", "fr-cdu", "fr-conseil-de-quartier", "gb-eng-council-committee",
                "gb-eng-nhs-ft-governors", "ca-qc-comite-des-usagers", "gb-eng-gp-ppg")) {
            assertTrue(list.out().contains(id + " "), () -> id + " missing from:\n" + list.out());
        }
        Jar explain = Jar.run("explain", "fr-cvs");
        assertEquals(0, explain.code(), explain::toString);
        assertTrue(explain.out().contains("CASF D311-9") && explain.out().contains("mandatory"), explain::toString);
    }

    @Test
    void theSamplesTogetherFireEveryTrapOfTheCatalogue() throws Exception {
        Set<String> catalogue = new TreeSet<>();
        for (String line : Jar.run("traps").out().split("\n")) {
            if (!line.isBlank()) {
                catalogue.add(line.split("\\s+")[0]);
            }
        }
        Set<String> fired = new TreeSet<>();
        samples().forEach(a -> fired.addAll((Set<String>) a.get()[2]));
        assertEquals(catalogue, fired);
    }

    @Test
    void trapsListsEveryIdOfTheContract() throws Exception {
        Set<String> promised = new TreeSet<>();
        for (String line : new String(getClass().getResourceAsStream("/contract/traps.tsv").readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                promised.add(line.split("\t")[0]);
            }
        }
        Jar traps = Jar.run("traps");
        assertEquals(0, traps.code());
        for (String id : promised) {
            assertTrue(traps.out().contains(id + " "), () -> id + " missing from:\n" + traps.out());
        }
    }

    @Test
    void verifyPassesOnTheBuiltInCatalogue() throws Exception {
        Jar verify = Jar.run("verify", "--quiet");
        assertEquals(0, verify.code(), verify::toString);
        assertTrue(verify.out().contains(" 0 failed; 0 catalogue problem(s)"), verify::toString);
    }

    @Test
    void aFolderIsAuditedAsOneRunAndTwoRunsGiveTheSameBytes() throws Exception {
        Jar first = Jar.run("audit", "-f", "json", "--as-of", "2026-06-01", "sample-facts");
        Jar second = Jar.run("audit", "-f", "json", "--as-of", "2026-06-01", "sample-facts");
        assertEquals(first.out(), second.out());
        assertEquals(1, first.code(), first::toString);
    }

    @Test
    void badInputExitsTwoWithItsPositionAndNoStackTrace() throws Exception {
        Path bad = Files.createTempFile("bad", ".yaml");
        Files.writeString(bad, "organisation: {name: X}\nbodies:\n  - id: a\n    power: advisor\n");
        Jar run = Jar.run("audit", bad.toString());
        Files.delete(bad);
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.out().contains(bad + ":4:12:"), run::toString);
        assertTrue(!run.out().contains("\tat ") && !run.err().contains("\tat "), run::toString);
    }

    @Test
    void versionIsPrinted() throws Exception {
        Jar run = Jar.run("--version");
        assertEquals(0, run.code());
        assertTrue(run.out().startsWith("mirage 0.1.0"), run::toString);
    }
}
