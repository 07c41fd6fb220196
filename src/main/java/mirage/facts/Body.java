package mirage.facts;

import java.io.Serializable;
import java.util.Set;

/**
 * A body in which users are represented (board, committee, council); a field not given is
 * null (unknown), and {@code seats} and {@code representatives} are never null.
 * {@code framework} is the id of the law that governs it ("fr-cvs", frameworks.md), "none"
 * when the input says it is read without one, or null.
 */
public record Body(
        String id,
        String name,
        BodyKind kind,
        Creator createdBy,
        Power power,
        Boolean holdsElectedPowers,
        Mandate electedMandate,
        Seats seats,
        Chair chair,
        AgendaSetter agendaSetBy,
        Boolean meetingsPublic,
        Boolean minutesPublic,
        Set<ReportLine> reportsTo,
        AnswerDuty answersProposals,
        Integer answerDelayDays,
        Set<Remit> remit,
        Set<Framing> framing,
        Representatives representatives,
        String framework,
        Origins origins) implements Serializable {

    /** This body with other origins (a charter's sentences in place of positions). */
    public Body withOrigins(Origins other) {
        return new Body(id, name, kind, createdBy, power, holdsElectedPowers, electedMandate, seats, chair, agendaSetBy,
                meetingsPublic, minutesPublic, reportsTo, answersProposals, answerDelayDays, remit, framing,
                representatives, framework, other);
    }

    /** Where a field was read, by its path in the profile ("power", "representatives.mandate"). */
    public Origin at(String field) {
        return origins.at(field);
    }

    /** Where the first of these values of a list field was given (see {@link Origins#at(String, Labelled...)}). */
    public Origin at(String field, Labelled... values) {
        return origins.at(field, values);
    }
}
