package mirage.engine;

import java.util.ArrayList;
import java.util.List;
import mirage.facts.Clause;
import mirage.facts.Sentence;
import mirage.input.InputError;
import mirage.input.Limits;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/** Runs the recognition rules over a charter's sentences and returns the clauses they read. */
public final class Recognition {

    private final RuleBase rules;
    private final Limits limits;

    public Recognition(RuleBase rules) {
        this(rules, Limits.DEFAULT);
    }

    /** @param limits the runaway-rule budget of each charter's recognition ({@link Budget}) */
    public Recognition(RuleBase rules, Limits limits) {
        this.rules = rules;
        this.limits = limits;
    }

    public List<Clause> recognise(List<Sentence> sentences) throws InputError {
        KieSession session = rules.recognition().newKieSession();
        try {
            for (Sentence s : sentences) {
                session.insert(s);
            }
            Budget.fire(session, limits, sentences.isEmpty() ? "?" : sentences.get(0).origin().file());
            List<Clause> clauses = new ArrayList<>();
            for (Object o : session.getObjects(new ClassObjectFilter(Clause.class))) {
                clauses.add((Clause) o);
            }
            return clauses;
        } catch (ConsequenceException e) {
            String rule = e.getMatch() == null ? "?" : e.getMatch().getRule().getName();
            throw new RuleError("recognition rule '" + rule + "' failed while running: " + e.getCause(), e);
        } finally {
            session.dispose();
        }
    }
}
