package mirage.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import mirage.facts.Dossier;
import mirage.facts.TrapHit;
import mirage.facts.Unassessed;
import mirage.input.InputError;
import mirage.input.Limits;
import org.kie.api.runtime.ClassObjectFilter;
import org.drools.core.common.InternalFactHandle;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.ConsequenceException;

/** Runs the rules over one dossier at a time and turns what they found into an {@link Audit}. */
public final class Auditor {

    private final RuleBase rules;
    private final boolean useWaivers;
    private final LocalDate today;
    private final Limits limits;
    private final Map<String, Severity> severities;

    /**
     * @param useWaivers false for {@code --no-waivers}: every finding counts
     * @param today      the day waivers are checked against
     */
    public Auditor(RuleBase rules, boolean useWaivers, LocalDate today) {
        this(rules, useWaivers, today, Limits.DEFAULT);
    }

    /** @param limits the runaway-rule budget of each audit ({@link Budget}) */
    public Auditor(RuleBase rules, boolean useWaivers, LocalDate today, Limits limits) {
        this(rules, useWaivers, today, limits, Map.of());
    }

    private Auditor(RuleBase rules, boolean useWaivers, LocalDate today, Limits limits, Map<String, Severity> severities) {
        this.rules = rules;
        this.useWaivers = useWaivers;
        this.today = today;
        this.limits = limits;
        this.severities = Map.copyOf(severities);
    }

    /**
     * The same auditor, with the severity of some traps set otherwise (a config file's
     * {@code severity}): their findings, the exit status, verdicts and every report follow.
     */
    public Auditor withSeverities(Map<String, Severity> overrides) {
        return new Auditor(rules, useWaivers, today, limits, overrides);
    }

    public RuleBase rules() {
        return rules;
    }

    /** The catalogue's traps as this auditor grades them, sorted by family and id. */
    public List<TrapDefinition> traps() {
        return rules.traps().stream().map(this::graded).toList();
    }

    private TrapDefinition graded(TrapDefinition trap) {
        Severity override = severities.get(trap.id());
        return override == null ? trap : trap.withSeverity(override);
    }

    public Audit audit(Dossier dossier) throws InputError {
        if (useWaivers) {
            Waivers.checkTraps(dossier, rules);
        }
        Session found = run(dossier);
        String exemptedBy = null;
        Set<String> exempt = new HashSet<>();
        for (TrapHit hit : found.hits) {
            TrapDefinition trap = definition(hit);
            if (!trap.exempts().isEmpty() && exemptedBy == null) {
                exemptedBy = trap.id();
                exempt.addAll(trap.exempts());
            }
        }
        Set<String> fromSilence = SilenceBasis.of(dossier, found.hits, d -> run(d).hits);
        List<Finding> findings = new ArrayList<>();
        for (TrapHit hit : found.hits) {
            TrapDefinition trap = definition(hit);
            if (!exempt.contains(trap.family())) {
                Basis basis = fromSilence.contains(SilenceBasis.key(hit)) ? Basis.SILENCE : Basis.STATED;
                findings.add(new Finding(trap, hit, dossier.file(), dossier.organisation().name(),
                        Fingerprint.of(dossier.file(), trap.id(), hit.subject()), null, basis));
            }
        }
        findings.sort(ORDER);
        Set<String> foundOn = new HashSet<>();
        for (Finding f : findings) {
            foundOn.add(f.trap().id() + "\0" + f.hit().body());
        }
        List<Unassessed> notAssessed = found.unassessed.stream()
                .filter(u -> !exempt.contains(definition(u.trap()).family()))
                .filter(u -> !foundOn.contains(u.trap() + "\0" + u.body()))
                .toList();
        List<Verdict> verdicts = exempt.contains("verdict") ? List.of() : Verdicts.of(dossier, findings);
        List<WaiverStatus> waivers = List.of();
        List<Finding> decided = findings;
        if (useWaivers) {
            Waivers applied = Waivers.apply(dossier.waivers(), findings, today);
            decided = applied.findings();
            waivers = applied.statuses();
        }
        return new Audit(dossier, decided, verdicts, notAssessed, waivers, exemptedBy);
    }

    private TrapDefinition definition(TrapHit hit) {
        return definition(hit.trap());
    }

    private TrapDefinition definition(String id) {
        return rules.trap(id).map(this::graded).orElseThrow(() -> new RuleError("a rule reported trap '" + id + "', which no rule declares", null));
    }

    /** Up to this many facts, the built-in catalogue fires on the caller's thread (see {@link Budget}). */
    static final int FIRE_HERE_MAX_FACTS = 5_000;

    private record Session(List<TrapHit> hits, List<Unassessed> unassessed) {}

    private Session run(Dossier dossier) throws InputError {
        KieSession session = rules.newSession();
        try {
            for (Object fact : dossier.facts()) {
                session.insert(fact);
            }
            if (rules.catalogueOnly() && dossier.facts().size() <= FIRE_HERE_MAX_FACTS) {
                Budget.fireHere(session, limits, dossier.file());
            } else {
                Budget.fire(session, limits, dossier.file());
            }
            // A rule that fires again for the same subject (an accumulate that grew) refines
            // what it found: keep its last hit. Then, per trap and subject, the first by place.
            Map<String, TrapHit> latest = new LinkedHashMap<>();
            List<FactHandle> handles = new ArrayList<>(session.getFactHandles(new ClassObjectFilter(TrapHit.class)));
            handles.sort(Comparator.comparingLong(h -> ((InternalFactHandle) h).getId()));
            for (FactHandle handle : handles) {
                TrapHit hit = (TrapHit) session.getObject(handle);
                latest.put(hit.trap() + "\0" + hit.subject() + "\0" + hit.rule(), hit);
            }
            List<TrapHit> all = new ArrayList<>(latest.values());
            all.sort(Comparator.comparing((TrapHit h) -> h.at().line()).thenComparing(h -> h.at().column())
                    .thenComparing(TrapHit::trap).thenComparing(TrapHit::subject).thenComparing(TrapHit::rule));
            Map<String, TrapHit> hits = new LinkedHashMap<>();
            for (TrapHit hit : all) {
                hits.putIfAbsent(hit.trap() + "\0" + hit.subject(), hit);
            }
            Set<Unassessed> unassessed = new TreeSet<>(Comparator.comparing((Unassessed u) -> String.valueOf(u.body()))
                    .thenComparing(Unassessed::trap).thenComparing(u -> String.join(",", u.missing())));
            for (Object o : session.getObjects(new ClassObjectFilter(Unassessed.class))) {
                unassessed.add((Unassessed) o);
            }
            return new Session(List.copyOf(hits.values()), List.copyOf(unassessed));
        } catch (ConsequenceException e) {
            String rule = e.getMatch() == null ? "?" : e.getMatch().getRule().getName();
            throw new RuleError("rule '" + rule + "' failed while running: " + rootMessage(e), e);
        } finally {
            session.dispose();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /** Reports list findings by file, line, trap and subject. */
    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(f -> f.hit().at().line())
            .thenComparing(f -> f.trap().id())
            .thenComparing(f -> f.hit().subject());
}
