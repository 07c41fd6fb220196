package mirage.profile;

import java.util.List;
import java.util.Set;
import mirage.facts.AgendaSetter;
import mirage.facts.AnswerDuty;
import mirage.facts.Audience;
import mirage.facts.Author;
import mirage.facts.BodyKind;
import mirage.facts.Chair;
import mirage.facts.Channel;
import mirage.facts.Creator;
import mirage.facts.Escalation;
import mirage.facts.EscalationOutcome;
import mirage.facts.Evaluation;
import mirage.facts.Framing;
import mirage.facts.Mandate;
import mirage.facts.Model;
import mirage.facts.Obligation;
import mirage.facts.Outcome;
import mirage.facts.Power;
import mirage.facts.Remit;
import mirage.facts.ReportLine;
import mirage.facts.Request;
import mirage.facts.Reward;
import mirage.facts.Selection;
import mirage.facts.Training;
import mirage.facts.UserRight;
import mirage.profile.Shape.Choice;
import mirage.profile.Shape.Code;
import mirage.profile.Shape.Count;
import mirage.profile.Shape.Day;
import mirage.profile.Shape.Field;
import mirage.profile.Shape.Fixed;
import mirage.profile.Shape.Flag;
import mirage.profile.Shape.Known;
import mirage.profile.Shape.ListOf;
import mirage.profile.Shape.Obj;
import mirage.profile.Shape.Text;

/** The profile format {@code mirage/v1}, field by field, as profile-format.md promises it. */
public final class ProfileFormat {

    public static final String VERSION = "mirage/v1";

    static final Obj SEATS = new Obj("seats", List.of(
            optional("users", new Count(), "Seats held by user representatives."),
            optional("total", new Count(), "All seats of the body."),
            optional("elected-officials", new Count(), "Seats held by elected officials."),
            optional("professionals", new Count(), "Seats held by staff and professionals.")));

    static final Obj REPRESENTATIVES = new Obj("representatives", List.of(
            optional("selection", Choice.of(Selection.class), "How user representatives are named."),
            optional("mandate", Choice.of(Mandate.class), "Whether representatives are bound by the users' instructions."),
            optional("report-back", new Flag(), "Representatives must report back to the users they represent."),
            optional("also-producers", new Flag(), "Representatives are staff, volunteers or contractors of the organisation."),
            optional("asked-to", new ListOf(Choice.of(Request.class)), "What representatives are asked to do."),
            optional("obligations", new ListOf(Choice.of(Obligation.class)), "Duties that bind representatives."),
            optional("training", Choice.of(Training.class), "The training given to representatives.")));

    static final Obj CONTRIBUTION = new Obj("contribution", List.of(
            optional("what", new Text(), "What users give to the service."),
            optional("return", Choice.of(Reward.class), "What users get back for it.")));

    static final Obj DOCUMENT = new Obj("document", List.of(
            optional("title", new Text(), "The document's title."),
            optional("audience", Choice.of(Audience.class), "For whom it is written."),
            optional("language", new Code("^[a-z]{2}$", "language"), "Its language."),
            optional("file", new Text(), "Its text, as a path relative to the profile."),
            optional("text", new Text(), "Its text, inline."),
            optional("plain-language-version", new Flag(), "A plain-language version exists.")));

    /**
     * The fields a charter gives by its silence (traps.md, section H), which a profile written
     * from a charter may mark as such ({@code silent-on}), so it audits as the charter does.
     */
    public static final List<String> SILENT_FIELDS = List.of("meetings-public", "minutes-public", "answers-proposals",
            "representatives.mandate", "representatives.report-back");

    static final Obj BODY = new Obj("body", List.of(
            required("id", new Text(), "Unique id of the body in this file."),
            optional("name", new Text(), "The body's name."),
            optional("kind", Choice.of(BodyKind.class), "The kind of body."),
            optional("created-by", Choice.of(Creator.class), "Who set the body up."),
            optional("power", Choice.of(Power.class), "What the body can do with its opinions."),
            optional("holds-elected-powers", new Flag(), "It takes decisions that belong to elected officials."),
            optional("elected-mandate", Choice.of(Mandate.class), "Mandate asked of elected officials seated here."),
            optional("seats", SEATS, "Who holds the seats."),
            optional("chair", Choice.of(Chair.class), "Who chairs the body."),
            optional("agenda-set-by", Choice.of(AgendaSetter.class), "Who sets the agenda."),
            optional("meetings-public", new Flag(), "Meetings are open to the public."),
            optional("minutes-public", new Flag(), "Minutes are published."),
            optional("reports-to", new ListOf(Choice.of(ReportLine.class)), "To whom the body reports."),
            optional("answers-proposals", Choice.of(AnswerDuty.class), "The organisation's duty to answer the body's proposals."),
            optional("answer-delay-days", new Count(), "Days within which proposals are answered."),
            optional("remit", new ListOf(Choice.of(Remit.class)), "What the body is asked to examine."),
            optional("framing", new ListOf(Choice.of(Framing.class)), "How the body's texts name the users."),
            optional("representatives", REPRESENTATIVES, "How user representatives are named and bound."),
            optional("contributions", new ListOf(CONTRIBUTION), "What users give to the service through this body."),
            optional("documents", new ListOf(DOCUMENT), "Texts handed to representatives or users."),
            optional("framework", new Code("^[a-z][a-z0-9]*(-[a-z0-9]+)*$",
                    "a framework id that 'mirage frameworks' lists (fr-cvs, gb-eng-council-committee...), or none"),
                    "The law that governs the body, read with its facts: an id 'mirage frameworks' lists, or none."),
            optional("silent-on", new ListOf(new Choice(SILENT_FIELDS)),
                    "Fields whose value was read from a charter's silence: a finding that rests on them alone is one step less severe.")));

    static final Obj ORGANISATION = new Obj("organisation", List.of(
            required("name", new Text(), "The organisation's name."),
            optional("jurisdiction", new Code("^[A-Z]{2}(-[A-Z0-9]{1,3})?$", "jurisdiction"), "Where it operates."),
            optional("sector", new Text(), "Free text: health, social, leisure, housing, environment..."),
            optional("model", Choice.of(Model.class), "How it relates producers and users."),
            optional("user-rights", new ListOf(Choice.of(UserRight.class)), "Rights users hold as users, outside any body."),
            optional("evaluation-of-results", Choice.of(Evaluation.class), "Who judges the results and use value of the service.")));

    static final Obj PROPOSAL = new Obj("proposal", List.of(
            optional("id", new Text(), "Unique id of the proposal in this file."),
            optional("body", new Text(), "The id of the body it was made in."),
            optional("by", Choice.of(Author.class), "Who made it."),
            optional("summary", new Text(), "What was asked."),
            optional("outcome", Choice.of(Outcome.class), "What became of it."),
            optional("reasons-given", new Flag(), "Reasons were given for the outcome."),
            optional("reason", new Text(), "The reason given."),
            optional("escalated-to", Choice.of(Escalation.class), "Where it was taken next."),
            optional("escalation-outcome", Choice.of(EscalationOutcome.class), "What became of it there.")));

    static final Obj DECISION = new Obj("decision", List.of(
            optional("id", new Text(), "Unique id of the decision in this file."),
            optional("body", new Text(), "The id of the body consulted."),
            optional("made-before-consultation", new Flag(), "It was made before the body was consulted."),
            optional("justified-by-body-approval", new Flag(), "It is justified by the body's approval."),
            optional("justified-by-technical-constraints", new Flag(), "It is justified by technical constraints."),
            optional("public-debate", new Flag(), "It was debated in public.")));

    /** A waiver's fields; the config's waivers are these and a path. */
    public static final Obj WAIVER = new Obj("waiver", List.of(
            required("trap", new Text(), "The id of the trap accepted as a risk."),
            optional("body", new Text(), "The body it applies to; all bodies when absent."),
            required("reason", new Text(), "Why the risk is accepted."),
            required("expires", new Day(), "The last day the waiver holds.")));

    static final Obj PROFILE = new Obj("profile", List.of(
            optional("format", new Fixed(VERSION), "The format version."),
            required("organisation", ORGANISATION, "The organisation described."),
            optional("bodies", new ListOf(BODY), "Bodies in which users are represented."),
            optional("proposals", new ListOf(PROPOSAL), "What users asked for, and what became of it."),
            optional("decisions", new ListOf(DECISION), "Decisions the bodies were consulted on."),
            optional("channels", new ListOf(Choice.of(Channel.class)), "Routes open to users outside any body."),
            optional("waivers", new ListOf(WAIVER), "Accepted risks, each with a reason and an expiry.")));

    private ProfileFormat() {}

    /** A waiver whose trap must be one of {@code traps} (the loaded catalogue's), so that a typo is an error at its place. */
    public static Obj waiver(Set<String> traps) {
        Shape trap = new Known(Set.copyOf(traps), "trap");
        return new Obj(WAIVER.what(), WAIVER.fields().stream()
                .map(f -> f.name().equals("trap") ? new Field(f.name(), trap, f.required(), f.doc()) : f).toList());
    }

    /** The profile format with its waivers' traps checked against {@code traps}; the plain format when it is empty. */
    static Obj profile(Set<String> traps) {
        if (traps.isEmpty()) {
            return PROFILE;
        }
        Shape waivers = new ListOf(waiver(traps));
        return new Obj(PROFILE.what(), PROFILE.fields().stream()
                .map(f -> f.name().equals("waivers") ? new Field(f.name(), waivers, f.required(), f.doc()) : f).toList());
    }

    /** How a value of the format is written: a list, a count, a flag, or text (choices included). */
    public enum ValueType { LIST, COUNT, FLAG, TEXT, MAPPING }

    /**
     * The type of a body's field, by its path ("power", "seats.users",
     * "representatives.obligations"), or of an organisation's ("organisation.sector") or a
     * top-level one ("channels"); null when the format has no such field.
     */
    public static ValueType typeOf(String path) {
        Obj obj = BODY;
        String[] parts = path.split("\\.");
        int i = 0;
        if (parts[0].equals("organisation")) {
            obj = ORGANISATION;
            i = 1;
        } else if (PROFILE.field(parts[0]).isPresent() && BODY.field(parts[0]).isEmpty()) {
            obj = PROFILE;
        }
        Shape shape = obj;
        for (; i < parts.length; i++) {
            if (!(shape instanceof Obj o) || o.field(parts[i]).isEmpty()) {
                return null;
            }
            shape = o.field(parts[i]).get().shape();
        }
        if (shape instanceof ListOf) {
            return ValueType.LIST;
        }
        if (shape instanceof Count) {
            return ValueType.COUNT;
        }
        if (shape instanceof Flag) {
            return ValueType.FLAG;
        }
        return shape instanceof Obj ? ValueType.MAPPING : ValueType.TEXT;
    }

    private static Field required(String name, Shape shape, String doc) {
        return new Field(name, shape, true, doc);
    }

    private static Field optional(String name, Shape shape, String doc) {
        return new Field(name, shape, false, doc);
    }
}
