package mirage.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import mirage.facts.Body;
import mirage.facts.Dossier;
import mirage.facts.Framing;
import mirage.facts.Power;
import mirage.facts.Selection;
import mirage.input.InputError;
import mirage.input.Problem;
import mirage.input.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileReaderTest {

    private static final ProfileReader READER = new ProfileReader(TextMeter.NONE);

    static Dossier yaml(String text) throws InputError {
        return READER.read(new SourceText("p.yaml", text), Path.of("."), false);
    }

    static Problem firstProblem(String text) {
        InputError e = assertThrows(InputError.class, () -> yaml(text));
        return e.problems().get(0);
    }

    @Test
    void readsABodyWithPositions() throws InputError {
        Dossier d = yaml("""
                format: mirage/v1
                organisation:
                  name: Ville
                bodies:
                  - id: comite
                    power: advisory
                    seats: {users: 3, total: 12}
                    framing: [partners]
                    representatives:
                      selection: coopted
                """);
        Body b = d.bodies().get(0);
        assertEquals("comite", b.id());
        assertEquals(Power.ADVISORY, b.power());
        assertEquals(3, b.seats().users());
        assertEquals(12, b.seats().total());
        assertNull(b.seats().electedOfficials());
        assertEquals(Set.of(Framing.PARTNERS), b.framing());
        assertEquals(Selection.COOPTED, b.representatives().selection());
        assertEquals(6, b.at("power").line());
        assertEquals(5, b.at("power").column());
        assertEquals(10, b.at("representatives.selection").line());
        assertEquals(7, b.at("seats.users").line());
    }

    @Test
    void missingFieldsAreUnknownNotDefaults() throws InputError {
        Body b = yaml("organisation: {name: X}\nbodies:\n  - id: a\n").bodies().get(0);
        assertNull(b.power());
        assertNull(b.remit());
        assertNull(b.meetingsPublic());
        assertFalse(b.representatives().given());
        assertNull(yaml("organisation: {name: X}\n").organisation().channels());
    }

    @Test
    void anEmptyListIsGivenAndEmpty() throws InputError {
        Body b = yaml("organisation: {name: X}\nbodies:\n  - id: a\n    remit: []\n").bodies().get(0);
        assertEquals(Set.of(), b.remit());
    }

    @Test
    void aNullValueIsUnknown() throws InputError {
        assertNull(yaml("organisation: {name: X}\nbodies:\n  - id: a\n    power:\n").bodies().get(0).power());
    }

    @Test
    void readsJson() throws InputError {
        Dossier d = READER.read(new SourceText("p.json", """
                {"organisation": {"name": "X"},
                 "bodies": [{"id": "a", "power": "veto"}]}
                """), Path.of("."), true);
        assertEquals(Power.VETO, d.bodies().get(0).power());
        assertEquals(2, d.bodies().get(0).at("power").line());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown key                | organisation: {name: X}\\nbodies:\\n  - id: a\\n    pwoer: advisory    | 4 | 5  | unknown field 'pwoer'
            suggestion for a near miss | organisation: {name: X}\\nbodies:\\n  - id: a\\n    pwoer: advisory    | 4 | 5  | did you mean 'power'
            value outside enumeration  | organisation: {name: X}\\nbodies:\\n  - id: a\\n    power: advisor     | 4 | 12 | one of: none, information, advisory
            wrong type                 | organisation: {name: X}\\nbodies:\\n  - id: a\\n    meetings-public: 3 | 4 | 22 | true or false
            negative count             | organisation: {name: X}\\nbodies:\\n  - id: a\\n    seats: {users: -1} | 4 | 20 | zero or more
            missing required field     | organisation: {sector: x}                                             | 1 | 15 | has no 'name'
            missing organisation       | bodies: []                                                             | 1 | 1  | has no 'organisation'
            wrong format               | format: mirage/v2\\norganisation: {name: X}                           | 1 | 9  | 'mirage/v1'
            list expected              | organisation: {name: X}\\nchannels: media                             | 2 | 11 | a list of
            bad date                   | organisation: {name: X}\\nwaivers:\\n  - {trap: a, reason: r, expires: 2027-02-30} | 3 | 35 | YYYY-MM-DD
            bad jurisdiction           | organisation: {name: X, jurisdiction: france}                          | 1 | 39 | ISO 3166
            duplicate key              | organisation: {name: X}\\norganisation: {name: Y}                      | 2 | 1  | duplicate key 'organisation'
            yaml syntax                | organisation: {name: X\\nbodies: [                                     | 2 | 7  | not valid YAML
            yaml alias                 | organisation: {name: &n X, sector: *n}                                 | 1 | 36 | alias
            not a mapping              | - a\\n- b                                                               | 1 | 1  | expected a mapping
            empty file                 | ''                                                                     | 1 | 1  | empty
            """)
    void badInputNamesLineColumnAndExpectation(String name, String text, int line, int column, String message) {
        Problem p = firstProblem(text.replace("\\n", "\n"));
        assertEquals(line, p.line(), () -> p.toString());
        assertEquals(column, p.column(), () -> p.toString());
        assertTrue(p.message().contains(message), () -> p.toString());
    }

    @Test
    void semanticErrorsAreReportedTogether() {
        InputError e = assertThrows(InputError.class, () -> yaml("""
                organisation: {name: X}
                bodies:
                  - id: a
                    seats: {users: 9, total: 4}
                  - id: a
                proposals:
                  - {id: p, body: b}
                  - {id: p, body: a}
                decisions:
                  - {id: d, body: zz}
                """));
        List<String> messages = e.problems().stream().map(Problem::toString).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("p.yaml:4:") && m.contains("more than seats.total")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("p.yaml:5:") && m.contains("duplicate body id 'a'")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("p.yaml:7:") && m.contains("'b' names no body")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("p.yaml:8:") && m.contains("duplicate proposal id 'p'")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("p.yaml:10:") && m.contains("'zz' names no body")), messages::toString);
    }

    @Test
    void aWaiverNeedsAReasonAndAnExpiry() {
        Problem p = firstProblem("organisation: {name: X}\nwaivers:\n  - trap: advisory-only\n");
        assertEquals(3, p.line());
        assertTrue(p.message().contains("'reason'"), p::toString);
    }

    @Test
    void aDocumentGivesFileOrTextNotBoth() {
        Problem p = firstProblem("organisation: {name: X}\nbodies:\n  - id: a\n    documents:\n      - {file: a.txt, text: t}\n");
        assertTrue(p.message().contains("both 'file' and 'text'"), p::toString);
    }

    @Test
    void aMissingDocumentFileIsAnError() {
        Problem p = firstProblem("organisation: {name: X}\nbodies:\n  - id: a\n    documents:\n      - file: nowhere.txt\n");
        assertEquals(5, p.line());
        assertTrue(p.message().contains("cannot read document file"), p::toString);
    }

    @Test
    void yaml12ReadsNorwayAndOtherWordsAsText() throws InputError {
        Dossier d = yaml("""
                organisation: {name: Ville, jurisdiction: NO, sector: yes}
                bodies:
                  - {id: on, name: ~, power: advisory, meetings-public: false, minutes-public: true}
                  - {id: Null, name: True}
                """);
        assertEquals("NO", d.organisation().jurisdiction());
        assertEquals("yes", d.organisation().sector());
        assertEquals("on", d.bodies().get(0).id());
        assertEquals("~", d.bodies().get(0).name());
        assertEquals(Boolean.FALSE, d.bodies().get(0).meetingsPublic());
        assertEquals(Boolean.TRUE, d.bodies().get(0).minutesPublic());
        assertEquals("Null", d.bodies().get(1).id());
        assertEquals("True", d.bodies().get(1).name());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "yes|5|22", "no|5|22", "on|5|22", "off|5|22", "True|5|22", "FALSE|5|22", "y|5|22", "~|5|22"})
    void yaml12RefusesAnythingButTrueAndFalseInAFlag(String word, int line, int column) {
        Problem p = firstProblem("organisation: {name: Ville}\nbodies:\n  - id: comite\n    power: advisory\n    meetings-public: " + word + "\n");
        assertEquals(line, p.line(), p::toString);
        assertEquals(column, p.column(), p::toString);
        assertTrue(p.message().contains("meetings-public") && p.message().contains("true or false"), p::toString);
    }

    @Test
    void yaml12ReadsIntegersAsDecimalAndRefusesYaml11Forms() throws InputError {
        assertEquals(12, yaml("organisation: {name: V}\nbodies: [{id: a, seats: {users: 012}}]\n").bodies().get(0).seats().users());
        assertEquals(31, yaml("organisation: {name: V}\nbodies: [{id: a, seats: {users: 0x1F}}]\n").bodies().get(0).seats().users());
        for (String yaml11 : List.of("1_000", "0b101", "1:20")) {
            Problem p = firstProblem("organisation: {name: V}\nbodies: [{id: a, seats: {users: " + yaml11 + "}}]\n");
            assertTrue(p.message().contains("whole number"), p::toString);
            assertEquals(2, p.line());
        }
    }
}
