package mirage.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import mirage.engine.Audit;
import mirage.engine.Auditor;
import mirage.engine.Basis;
import mirage.engine.CacheFolders;
import mirage.engine.Finding;
import mirage.engine.Lang;
import mirage.engine.Recognition;
import mirage.engine.RuleBase;
import mirage.engine.RuleFolder;
import mirage.engine.Severity;
import mirage.facts.AgendaSetter;
import mirage.facts.Body;
import mirage.facts.Chair;
import mirage.facts.Origin;
import mirage.facts.ReportLine;
import mirage.framework.Frameworks;
import mirage.input.InputError;
import mirage.input.Limits;
import mirage.input.SourceText;
import mirage.jargon.JargonMeter;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's "done when": charters read with the law that governs their body, findings
 * that cite the article, silence that stops where the law speaks, and silence tempered.
 */
class ReadWithTheLawTest {

    static final RuleBase RULES = RuleBase.load(List.of(RuleFolder.builtIn()), CacheFolders.standard());
    static final InputReader READER = InputReader.of(RULES);
    /** Today's reading before frameworks: the same rules, no law. */
    static final InputReader WITHOUT_LAW = new InputReader(JargonMeter.from(RULES.folders()),
            new Recognition(RULES, Limits.DEFAULT)::recognise, Limits.DEFAULT, Frameworks.NONE, java.util.Set.of());
    static final Auditor AUDITOR = new Auditor(RULES, true, LocalDate.of(2026, 1, 1));

    static Audit audit(InputReader reader, String name, String text) throws InputError {
        return AUDITOR.audit(reader.read(new SourceText(name, text), Path.of(".")));
    }

    static Audit audit(String name, String text) throws InputError {
        return audit(READER, name, text);
    }

    static Set<String> traps(Audit audit) {
        Set<String> ids = new TreeSet<>();
        audit.findings().forEach(f -> ids.add(f.trap().id()));
        return ids;
    }

    static Optional<Finding> finding(Audit audit, String trap) {
        return audit.findings().stream().filter(f -> f.trap().id().equals(trap)).findFirst();
    }

    static final String CVS_SILENT = """
            ---
            organisation: {name: EHPAD Les Glycines, jurisdiction: FR}
            bodies:
              - id: cvs
                created-by: organisation
                seats: {elected-officials: 0}
            ---
            # Règlement intérieur du conseil de la vie sociale de l'EHPAD Les Glycines

            Le conseil de la vie sociale de l'EHPAD Les Glycines associe les résidents et leurs
            familles au fonctionnement de l'établissement.

            Le conseil donne son avis sur la vie quotidienne, les repas et les animations.
            """;

    static String framedNone(String text) {
        return text.replace("---\norganisation", "---\nframework: none\norganisation");
    }

    @Test
    void aCvsSilentOnChairAgendaAndMinutesIsAuditedWithTheLawsValuesEachCitingItsArticle() throws InputError {
        Audit audit = audit("cvs.md", CVS_SILENT);
        Body cvs = audit.dossier().bodies().get(0);
        assertEquals("fr-cvs", cvs.framework());
        assertEquals(Chair.USER, cvs.chair());
        assertEquals(AgendaSetter.USERS, cvs.agendaSetBy());
        assertEquals(Boolean.TRUE, cvs.minutesPublic());
        assertEquals("CASF D311-9", cvs.at("chair").law().citation());
        assertEquals("CASF D311-16", cvs.at("agenda-set-by").law().citation());
        Origin minutes = cvs.at("minutes-public");
        assertTrue(minutes.law().citation().contains("D311-20"), minutes.toString());
        assertTrue(minutes.law().glossEn().contains("users and families"), minutes.toString());
        assertEquals(8, minutes.line(), "a law fact points at the title line, like a silence fact");
        Set<String> found = traps(audit);
        assertTrue(!found.contains("technocratic-capture") && !found.contains("closed-deliberation"), found::toString);
        // The same charter as its own whole rule book deliberates behind closed doors.
        Audit none = audit("cvs.md", framedNone(CVS_SILENT));
        assertTrue(traps(none).contains("closed-deliberation"), traps(none)::toString);
    }

    @Test
    void aCvsChairedByTheDirectorDepartsFromD3119AtThatClauseAndIsAuditedWithAResidentInTheChair() throws InputError {
        String text = CVS_SILENT.replace("Le conseil donne son avis",
                "La présidence du conseil est assurée par la directrice.\n\nLe conseil donne son avis");
        Audit audit = audit("cvs.md", text);
        Finding departure = finding(audit, "departs-from-law").orElseThrow(() -> new AssertionError(traps(audit)));
        assertEquals(13, departure.hit().at().line(), "« La présidence du conseil est assurée par la directrice. »");
        assertEquals(Severity.HIGH, departure.severity());
        String evidence = String.join("\n", departure.evidence(Lang.EN));
        assertTrue(evidence.contains("CASF D311-9") && evidence.contains("sets professional") && evidence.contains("sets user"), evidence);
        assertTrue(evidence.contains("« La présidence du conseil est assurée par la directrice. »"), evidence);
        Body cvs = audit.dossier().bodies().get(0);
        assertEquals(Chair.USER, cvs.chair(), "the law prevails");
        assertTrue(cvs.at("chair").law().prevails());
        assertEquals(1, audit.dossier().departures().size());
    }

    static final String SCRUTINY = """
            # Children's Services Scrutiny Sub-Committee: Terms of Reference

            The Children's Services Scrutiny Sub-Committee is a sub-committee of the Overview and
            Scrutiny Committee of Northfield County Council, under section 9F of the Local
            Government Act 2000.

            The Sub-Committee reviews the council's services for children and families and
            makes recommendations to the Cabinet.
            """;

    @Test
    void anEnglishScrutinySubCommitteeSilentOnPublicityMeetsInPublicByTheLocalGovernmentAct1972() throws InputError {
        Audit audit = audit("scrutiny.md", SCRUTINY);
        Body panel = audit.dossier().bodies().get(0);
        assertEquals("gb-eng-council-committee", panel.framework());
        assertEquals(Boolean.TRUE, panel.meetingsPublic());
        assertEquals(Boolean.TRUE, panel.minutesPublic());
        assertTrue(panel.at("meetings-public").law().citation().startsWith("Local Government Act 1972 s.100A"));
        assertTrue(panel.at("minutes-public").law().citation().startsWith("Local Government Act 1972 s.100C"));
        assertTrue(!traps(audit).contains("closed-deliberation"), traps(audit)::toString);
        Audit none = audit("scrutiny.md", "---\nframework: none\n---\n" + SCRUTINY);
        assertTrue(traps(none).contains("closed-deliberation"), traps(none)::toString);
    }

    static final String QUARTIER = """
            ---
            organisation: {name: Ville de Lorient, jurisdiction: FR}
            channels: [complaints]
            bodies:
              - id: quartiers
                seats: {elected-officials: 0}
            ---
            # Charte des conseils de quartier de la ville de Lorient

            Les conseils de quartier sont créés par délibération du conseil municipal.

            Chaque conseil de quartier a un rôle consultatif. Il donne son avis sur les projets du
            quartier.
            """;

    @Test
    void aConseilDeQuartierCharterIsStillItsOwnWholeRuleBookExceptItsChannelToTheMayor() throws InputError {
        Audit law = audit("quartier.md", QUARTIER);
        Audit today = audit(WITHOUT_LAW, "quartier.md", QUARTIER);
        Body withLaw = law.dossier().bodies().get(0);
        Body without = today.dossier().bodies().get(0);
        assertEquals(Set.of(ReportLine.ELECTED_COUNCIL), withLaw.reportsTo());
        assertTrue(withLaw.at("reports-to").fromLaw());
        Body lawWithoutItsChannel = new Body(withLaw.id(), withLaw.name(), withLaw.kind(), withLaw.createdBy(),
                withLaw.power(), withLaw.holdsElectedPowers(), withLaw.electedMandate(), withLaw.seats(), withLaw.chair(),
                withLaw.agendaSetBy(), withLaw.meetingsPublic(), withLaw.minutesPublic(), without.reportsTo(),
                withLaw.answersProposals(), withLaw.answerDelayDays(), withLaw.remit(), withLaw.framing(),
                withLaw.representatives(), null, without.origins());
        assertEquals(without, lawWithoutItsChannel, "every other fact as the charter alone gives it");
        for (String silent : List.of("meetings-public", "minutes-public", "representatives.report-back",
                "representatives.mandate", "answers-proposals")) {
            assertTrue(withLaw.at(silent).silent(), silent + " is still read from the charter's silence");
        }
        Set<String> expected = new TreeSet<>(traps(today));
        assertTrue(expected.remove("no-elected-channel"), traps(today)::toString);
        assertEquals(expected, traps(law), "the channel to the mayor is the only difference");
    }

    @Test
    void frameworkNoneInFrontMatterGivesTodaysReading() throws InputError {
        Audit named = audit("cvs.md", framedNone(CVS_SILENT));
        // The same lines, read as before frameworks existed.
        Audit today = audit(WITHOUT_LAW, "cvs.md", CVS_SILENT.replace("---\norganisation", "---\n# as before\norganisation"));
        assertEquals(describe(today), describe(named));
        assertNotEquals(describe(today), describe(audit("cvs.md", CVS_SILENT.replace("---\norganisation", "---\n# with its law\norganisation"))),
                "and the law's reading differs");
        assertEquals("none", named.dossier().bodies().get(0).framework());
    }

    private static List<String> describe(Audit audit) {
        return audit.findings().stream().map(f -> f.trap().id() + " " + f.hit().at().line() + " " + f.severity()
                + " " + f.evidence(Lang.EN)).toList();
    }

    @Test
    void aFindingThatRestsOnSilenceAloneIsOneStepLowerAndSaysWhatTheCharterDoesNotProvide() throws InputError {
        String silent = """
                # Charte du comité des riverains du parc

                Le comité a un rôle consultatif. Il donne son avis sur l'entretien du parc.
                """;
        Audit audit = audit("riverains.md", silent);
        Finding closed = finding(audit, "closed-deliberation").orElseThrow(() -> new AssertionError(traps(audit)));
        assertEquals(Basis.SILENCE, closed.basis());
        assertEquals(Severity.LOW, closed.severity(), "medium, one step lower");
        assertTrue(String.join("\n", closed.evidence(Lang.EN)).contains("the charter does not provide"));
        assertTrue(String.join("\n", closed.evidence(Lang.FR)).contains("la charte ne"));
        Finding refusal = finding(audit, "unreasoned-refusal").orElseThrow();
        assertEquals(Basis.SILENCE, refusal.basis());
        assertEquals(Severity.LOW, refusal.severity());
        Finding mandate = finding(audit, "no-imperative-mandate").orElseThrow();
        assertEquals(Basis.STATED, mandate.basis(), "its power is stated");
        assertEquals(Severity.HIGH, mandate.severity());
        // Meetings said to be closed: the finding no longer rests on silence alone.
        Audit stated = audit("riverains.md", silent + "\nLes séances du comité ne sont pas publiques.\n");
        Finding closedStated = finding(stated, "closed-deliberation").orElseThrow(() -> new AssertionError(traps(stated)));
        assertEquals(Basis.STATED, closedStated.basis());
        assertEquals(Severity.MEDIUM, closedStated.severity());
    }

    @Test
    void aProfileWrittenFromACharterMarksWhatWasReadFromSilenceAndAuditsAsTheCharterDoes() throws InputError {
        String marked = """
                organisation: {name: Comité des riverains}
                bodies:
                  - id: riverains
                    power: advisory
                    meetings-public: false
                    minutes-public: false
                    answers-proposals: none
                    silent-on: [meetings-public, minutes-public, answers-proposals]
                """;
        Audit audit = audit("p.yaml", marked);
        Finding closed = finding(audit, "closed-deliberation").orElseThrow();
        assertEquals(Basis.SILENCE, closed.basis());
        assertEquals(Severity.LOW, closed.severity());
        assertEquals(6, closed.hit().at().line(), "a silent fact of a profile is located at its field");
        Audit unmarked = audit("p.yaml", marked.replace("    silent-on: [meetings-public, minutes-public, answers-proposals]\n", ""));
        assertEquals(Severity.MEDIUM, finding(unmarked, "closed-deliberation").orElseThrow().severity());
        InputError notGiven = assertThrows(InputError.class, () -> audit("p.yaml",
                "organisation: {name: X}\nbodies:\n  - id: b\n    silent-on: [minutes-public]\n"));
        assertTrue(notGiven.getMessage().contains("silent-on names 'minutes-public', which this body does not give"),
                notGiven.getMessage());
    }

    @Test
    void anUnknownFrameworkOrOneForAnotherJurisdictionIsAnInputErrorAtItsValue() {
        InputError unknown = assertThrows(InputError.class, () -> audit("p.yaml",
                "organisation: {name: EHPAD}\nbodies:\n  - id: cvs\n    framework: fr-cvz\n"));
        assertEquals(4, unknown.problems().get(0).line());
        assertEquals(16, unknown.problems().get(0).column());
        assertTrue(unknown.getMessage().contains("did you mean 'fr-cvs'"), unknown.getMessage());
        InputError elsewhere = assertThrows(InputError.class, () -> audit("p.yaml",
                "organisation: {name: CHSLD, jurisdiction: CA-QC}\nbodies:\n  - id: cvs\n    framework: fr-cvs\n"));
        assertTrue(elsewhere.getMessage().contains("is the law of FR"), elsewhere.getMessage());
        InputError two = assertThrows(InputError.class, () -> audit("c.md",
                "---\nframework: fr-cvs\nbodies:\n  - {id: c, framework: fr-cdu}\n---\n# Règlement\n\nLe conseil se réunit.\n"));
        assertTrue(two.getMessage().contains("names two frameworks"), two.getMessage());
        InputError withOthers = assertThrows(InputError.class, () -> audit("p.yaml",
                "organisation: {name: EHPAD}\nbodies:\n  - id: cvs\n    framework: fr-cvz\n    power: advisor\n"));
        assertEquals(2, withOthers.problems().size(), "the profile's other mistakes are reported with it");
    }
}
