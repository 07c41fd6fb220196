package mirage.profile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mirage.facts.AgendaSetter;
import mirage.facts.AnswerDuty;
import mirage.facts.Audience;
import mirage.facts.Author;
import mirage.facts.Body;
import mirage.facts.BodyKind;
import mirage.facts.Chair;
import mirage.facts.Channel;
import mirage.facts.Contribution;
import mirage.facts.Creator;
import mirage.facts.Decision;
import mirage.facts.Document;
import mirage.facts.Dossier;
import mirage.facts.Escalation;
import mirage.facts.EscalationOutcome;
import mirage.facts.Evaluation;
import mirage.facts.Framing;
import mirage.facts.InputKind;
import mirage.facts.JargonMeasure;
import mirage.facts.Mandate;
import mirage.facts.Model;
import mirage.facts.Obligation;
import mirage.facts.Organisation;
import mirage.facts.Origin;
import mirage.facts.Origins;
import mirage.facts.Outcome;
import mirage.facts.Power;
import mirage.facts.Proposal;
import mirage.facts.Remit;
import mirage.facts.ReportLine;
import mirage.facts.Representatives;
import mirage.facts.Request;
import mirage.facts.Reward;
import mirage.facts.Seats;
import mirage.facts.Selection;
import mirage.facts.Training;
import mirage.facts.UserRight;
import mirage.facts.Waiver;
import mirage.input.InputError;
import mirage.input.Problem;
import mirage.input.Wording;
import mirage.input.SourceText;
import mirage.input.Limits;

/**
 * Turns a profile tree, already checked against {@link ProfileFormat}, into facts, and
 * checks what a shape cannot: unique ids, references to bodies, seat counts.
 */
final class DossierBinder {

    private final String file;
    private final Path folder;
    private final Limits limits;
    private final TextMeter meter;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Origin> bodyIds = new HashMap<>();

    DossierBinder(String file, Path folder, TextMeter meter, Limits limits) {
        this.file = file;
        this.limits = limits;
        this.folder = folder;
        this.meter = meter;
    }

    Dossier bind(Node root, InputKind kind) throws InputError {
        Fields profile = Fields.of(file, root);
        Organisation organisation = organisation(profile);
        List<Body> bodies = new ArrayList<>();
        List<Contribution> contributions = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        for (Fields f : profile.list("bodies")) {
            Body body = body(f);
            unique(bodyIds, body.id(), f.valueAt("id"), "body");
            bodies.add(body);
            contributions.addAll(contributions(f, body.id()));
            documents.addAll(documents(f, body.id()));
        }
        List<Proposal> proposals = proposals(profile);
        List<Decision> decisions = decisions(profile);
        List<Waiver> waivers = waivers(profile);
        if (!problems.isEmpty()) {
            throw new InputError(problems);
        }
        return new Dossier(file, kind, organisation, bodies, proposals, decisions, contributions, documents, waivers);
    }

    private Organisation organisation(Fields profile) {
        Fields f = profile.record("organisation");
        return new Organisation(
                f.text("name"),
                f.text("jurisdiction"),
                f.text("sector"),
                f.choice("model", Model.class),
                f.choices("user-rights", UserRight.class),
                f.choice("evaluation-of-results", Evaluation.class),
                profile.choices("channels", Channel.class),
                profile.has("channels") ? f.origins().with("channels", profile.origins().at("channels")) : f.origins());
    }

    private Body body(Fields f) {
        f.has("contributions"); // records where the lists are given, so rules can tell
        f.has("documents");     // "not given" from "given empty"
        Fields seats = f.nested("seats");
        Fields reps = f.nested("representatives");
        Seats s = new Seats(seats.count("users"), seats.count("total"),
                seats.count("elected-officials"), seats.count("professionals"));
        checkSeats(s, seats);
        Representatives r = new Representatives(
                reps.choice("selection", Selection.class),
                reps.choice("mandate", Mandate.class),
                reps.flag("report-back"),
                reps.flag("also-producers"),
                reps.choices("asked-to", Request.class),
                reps.choices("obligations", Obligation.class),
                reps.choice("training", Training.class));
        Body body = new Body(
                f.text("id"),
                f.text("name"),
                f.choice("kind", BodyKind.class),
                f.choice("created-by", Creator.class),
                f.choice("power", Power.class),
                f.flag("holds-elected-powers"),
                f.choice("elected-mandate", Mandate.class),
                s,
                f.choice("chair", Chair.class),
                f.choice("agenda-set-by", AgendaSetter.class),
                f.flag("meetings-public"),
                f.flag("minutes-public"),
                f.choices("reports-to", ReportLine.class),
                f.choice("answers-proposals", AnswerDuty.class),
                f.count("answer-delay-days"),
                f.choices("remit", Remit.class),
                f.choices("framing", Framing.class),
                r,
                f.text("framework"),
                f.origins());
        return silentOn(body, f.texts("silent-on"));
    }

    /**
     * The body with the fields its {@code silent-on} names located as read from a charter's
     * silence (at the field itself), so that a profile written from a charter audits as the
     * charter does (traps.md, section I: findings on silence alone are one step lower).
     */
    private Body silentOn(Body body, Map<String, Origin> fields) {
        Origins origins = body.origins();
        for (Map.Entry<String, Origin> field : fields.entrySet()) {
            String path = field.getKey();
            if (!origins.has(path)) {
                problem(field.getValue(), Wording.of("binding.silent-on-unknown", path));
                continue;
            }
            Origin at = origins.at(path);
            origins = origins.with(path, Origin.silence(file, at.line(), at.column(), path));
        }
        return fields.isEmpty() ? body : body.withOrigins(origins);
    }

    private void checkSeats(Seats s, Fields seats) {
        if (s.total() == null) {
            return;
        }
        check(s.users(), s.total(), seats.valueAt("users"), "users");
        check(s.electedOfficials(), s.total(), seats.valueAt("elected-officials"), "elected-officials");
        check(s.professionals(), s.total(), seats.valueAt("professionals"), "professionals");
    }

    private void check(Integer part, int total, Origin at, String name) {
        if (part != null && part > total) {
            problem(at, Wording.of("binder.seats", name, part, total));
        }
    }

    private List<Contribution> contributions(Fields body, String bodyId) {
        List<Contribution> list = new ArrayList<>();
        List<Fields> items = body.list("contributions");
        for (int i = 0; i < items.size(); i++) {
            Fields f = items.get(i);
            list.add(new Contribution(bodyId, i + 1, f.text("what"), f.choice("return", Reward.class), f.origins()));
        }
        return list;
    }

    private List<Document> documents(Fields body, String bodyId) {
        List<Document> list = new ArrayList<>();
        List<Fields> items = body.list("documents");
        for (int i = 0; i < items.size(); i++) {
            Fields f = items.get(i);
            String language = f.text("language");
            list.add(new Document(bodyId, i + 1, f.text("title"), f.choice("audience", Audience.class), language,
                    f.flag("plain-language-version"), f.text("file"), measure(f, language), f.origins()));
        }
        return list;
    }

    private JargonMeasure measure(Fields document, String language) {
        if (document.has("file") && document.has("text")) {
            problem(document.valueAt("text"), Wording.of("binder.file-and-text"));
            return null;
        }
        if (document.has("text")) {
            return meter.measure(document.text("text"), language);
        }
        if (!document.has("file")) {
            return null;
        }
        String name = document.text("file");
        Path path = DocumentFile.resolve(folder, name);
        if (path == null) {
            problem(document.valueAt("file"), Wording.of("binder.outside", name));
            return null;
        }
        try {
            SourceText text = SourceText.read(path, name, limits.maxInputSize());
            return meter.measure(text.text(), language);
        } catch (InputError e) {
            Problem cause = e.problems().get(0);
            problem(document.valueAt("file"), Wording.of("binder.unreadable", cause.file(), new Wording(cause.message(), cause.inFrench().message())));
            return null;
        }
    }

    private List<Proposal> proposals(Fields profile) {
        Map<String, Origin> ids = new HashMap<>();
        List<Proposal> list = new ArrayList<>();
        for (Fields f : profile.list("proposals")) {
            String id = f.text("id");
            unique(ids, id, f.valueAt("id"), "proposal");
            String body = reference(f);
            list.add(new Proposal(id, body, f.choice("by", Author.class), f.text("summary"),
                    f.choice("outcome", Outcome.class), f.flag("reasons-given"), f.text("reason"),
                    f.choice("escalated-to", Escalation.class),
                    f.choice("escalation-outcome", EscalationOutcome.class), f.origins()));
        }
        return list;
    }

    private List<Decision> decisions(Fields profile) {
        Map<String, Origin> ids = new HashMap<>();
        List<Decision> list = new ArrayList<>();
        for (Fields f : profile.list("decisions")) {
            String id = f.text("id");
            unique(ids, id, f.valueAt("id"), "decision");
            list.add(new Decision(id, reference(f), f.flag("made-before-consultation"),
                    f.flag("justified-by-body-approval"), f.flag("justified-by-technical-constraints"),
                    f.flag("public-debate"), f.origins()));
        }
        return list;
    }

    private List<Waiver> waivers(Fields profile) {
        return profile.list("waivers").stream().map(DossierBinder::waiver).toList();
    }

    /** A waiver, from the profile or from the config file (the same form, the same checks). */
    static Waiver waiver(Fields f) {
        return new Waiver(f.text("trap"), f.text("body"), f.text("reason"), f.day("expires"), f.self());
    }

    /** The body a proposal or decision names ({@link BodyReferences} checked that the file has it). */
    private static String reference(Fields f) {
        return f.text("body");
    }

    private void unique(Map<String, Origin> seen, String id, Origin at, String what) {
        if (id == null) {
            return;
        }
        Origin first = seen.putIfAbsent(id, at);
        if (first != null) {
            problem(at, Wording.of("binder.duplicate", Shape.what(what), id, first.line()));
        }
    }

    private void problem(Origin at, Wording message) {
        problems.add(Problem.of(file, at.line(), at.column(), message));
    }
}
