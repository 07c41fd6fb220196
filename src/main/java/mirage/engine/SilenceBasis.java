package mirage.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mirage.facts.Body;
import mirage.facts.Document;
import mirage.facts.Dossier;
import mirage.facts.Organisation;
import mirage.facts.Origins;
import mirage.facts.Representatives;
import mirage.facts.Seats;
import mirage.facts.TrapHit;
import mirage.input.InputError;

/**
 * Which findings rest on a charter's silence alone (traps.md, section I). Unknown facts
 * never fire a trap, so a trap that still fires when every fact not read from silence is
 * made unknown rests on silence alone: the dossier is audited a second time with only its
 * silence facts, and what fires there is tempered. This holds for any rule, those of a
 * {@code --rules} folder included, without rules declaring what they read.
 */
final class SilenceBasis {

    /** Runs the rules over a dossier: the hits they find. */
    @FunctionalInterface
    interface Run {
        Iterable<TrapHit> hits(Dossier dossier) throws InputError;
    }

    private SilenceBasis() {}

    /**
     * The findings (trap and subject) of these hits that rest on silence alone. Only a
     * finding located at a silent fact can: a finding points at its first-named fact, so
     * without any the second audit is not run.
     */
    static Set<String> of(Dossier dossier, Iterable<TrapHit> hits, Run run) throws InputError {
        boolean any = false;
        for (TrapHit hit : hits) {
            any |= hit.at().silent();
        }
        if (!any) {
            return Set.of();
        }
        Set<String> silent = new HashSet<>();
        for (TrapHit hit : run.hits(silenceOnly(dossier))) {
            silent.add(key(hit));
        }
        return silent;
    }

    static String key(TrapHit hit) {
        return hit.trap() + "\0" + hit.subject();
    }

    /**
     * The dossier with only the facts read from silence; every other fact unknown. Proposals,
     * decisions and contributions are never read from silence, and are left out.
     */
    static Dossier silenceOnly(Dossier d) {
        Organisation o = d.organisation();
        Organisation organisation = new Organisation(o.name(), keep(o.origins(), "jurisdiction", o.jurisdiction()),
                keep(o.origins(), "sector", o.sector()), keep(o.origins(), "model", o.model()),
                keep(o.origins(), "user-rights", o.userRights()),
                keep(o.origins(), "evaluation-of-results", o.evaluationOfResults()),
                keep(o.origins(), "channels", o.channels()), o.origins());
        return new Dossier(d.file(), d.kind(), organisation, d.bodies().stream().map(SilenceBasis::body).toList(),
                List.of(), List.of(), List.of(),
                d.documents().stream().map(SilenceBasis::document).toList(), d.waivers());
    }

    private static Body body(Body b) {
        Origins at = b.origins();
        Seats s = b.seats();
        Representatives r = b.representatives();
        return new Body(b.id(), b.name(), keep(at, "kind", b.kind()), keep(at, "created-by", b.createdBy()),
                keep(at, "power", b.power()), keep(at, "holds-elected-powers", b.holdsElectedPowers()),
                keep(at, "elected-mandate", b.electedMandate()),
                new Seats(keep(at, "seats.users", s.users()), keep(at, "seats.total", s.total()),
                        keep(at, "seats.elected-officials", s.electedOfficials()),
                        keep(at, "seats.professionals", s.professionals())),
                keep(at, "chair", b.chair()), keep(at, "agenda-set-by", b.agendaSetBy()),
                keep(at, "meetings-public", b.meetingsPublic()), keep(at, "minutes-public", b.minutesPublic()),
                keep(at, "reports-to", b.reportsTo()), keep(at, "answers-proposals", b.answersProposals()),
                keep(at, "answer-delay-days", b.answerDelayDays()), keep(at, "remit", b.remit()),
                keep(at, "framing", b.framing()),
                new Representatives(keep(at, "representatives.selection", r.selection()),
                        keep(at, "representatives.mandate", r.mandate()),
                        keep(at, "representatives.report-back", r.reportBack()),
                        keep(at, "representatives.also-producers", r.alsoProducers()),
                        keep(at, "representatives.asked-to", r.askedTo()),
                        keep(at, "representatives.obligations", r.obligations()),
                        keep(at, "representatives.training", r.training())),
                b.framework(), at);
    }

    private static Document document(Document doc) {
        Origins at = doc.origins();
        return new Document(doc.body(), doc.index(), doc.title(), keep(at, "audience", doc.audience()),
                keep(at, "language", doc.language()), keep(at, "plain-language-version", doc.plainLanguageVersion()),
                doc.file(), null, at);
    }

    /** The value when the fact was read from silence, else unknown. */
    private static <T> T keep(Origins origins, String field, T value) {
        return origins.has(field) && origins.at(field).silent() ? value : null;
    }
}
