package mirage.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import mirage.audit.InputReader;
import mirage.facts.Dossier;
import mirage.input.InputError;
import mirage.input.SourceText;
import org.junit.jupiter.api.Test;

/** The engine's own behaviour, beyond what case files can say: evidence, severity, derivation. */
class AuditorTest {

    static final RuleBase RULES = RuleBase.load(List.of(RuleFolder.builtIn()));

    static Audit audit(String yaml) throws InputError {
        Dossier d = InputReader.of(RULES).read(new SourceText("p.yaml", yaml), Path.of("."));
        return new Auditor(RULES, true, LocalDate.of(2026, 1, 1)).audit(d);
    }

    static Finding only(Audit audit, String trap) {
        List<Finding> found = audit.findings().stream().filter(f -> f.trap().id().equals(trap)).toList();
        assertEquals(1, found.size(), () -> trap + " in " + audit.findings());
        return found.get(0);
    }

    @Test
    void aDerivedTrapNamesEveryBodyItDerivesFrom() throws InputError {
        Audit audit = audit("""
                organisation: {name: H, evaluation-of-results: by-producers}
                bodies:
                  - id: a
                    remit: [budgets]
                    representatives: {asked-to: [act-as-managers]}
                  - id: b
                    remit: [designs]
                    framing: [partners]
                  - id: c
                    remit: [budgets]
                    representatives: {asked-to: [serve-organisation-interest]}
                """);
        String evidence = String.join("\n", only(audit, "lost-evaluation-capacity").evidence(Lang.EN));
        for (String body : List.of("a (user-as-manager)", "b (user-cast-as-coproducer)", "c (user-as-manager)")) {
            assertTrue(evidence.contains(body), evidence);
        }
    }

    @Test
    void aVariantRuleCarriesItsOwnSeverity() throws InputError {
        Finding volunteers = only(audit("organisation: {name: V}\nbodies:\n  - id: a\n    representatives: {selection: volunteers}\n"),
                "coopted-representatives");
        assertEquals(Severity.LOW, volunteers.severity());
        Finding coopted = only(audit("organisation: {name: V}\nbodies:\n  - id: a\n    representatives: {selection: coopted}\n"),
                "coopted-representatives");
        assertEquals(Severity.MEDIUM, coopted.severity());
    }

    @Test
    void evidenceIsInTheLanguageAsked() throws InputError {
        Finding f = only(audit("organisation: {name: V}\nbodies:\n  - id: a\n    power: advisory\n"), "advisory-only");
        assertEquals(List.of("power: advisory"), f.evidence(Lang.EN));
        assertEquals(List.of("pouvoir : consultatif"), f.evidence(Lang.FR), "values in words of the language too");
    }

    @Test
    void fingerprintsIgnoreLinesButNotSubjects() throws InputError {
        Finding one = only(audit("organisation: {name: V}\nbodies:\n  - id: a\n    power: advisory\n"), "advisory-only");
        Finding moved = only(audit("# moved\n\norganisation: {name: V}\nbodies:\n  - id: a\n    power: advisory\n"), "advisory-only");
        Finding other = only(audit("organisation: {name: V}\nbodies:\n  - id: b\n    power: advisory\n"), "advisory-only");
        assertEquals(one.fingerprint(), moved.fingerprint());
        assertTrue(!one.fingerprint().equals(other.fingerprint()));
    }
}
