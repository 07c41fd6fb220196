package mirage.engine;

import java.util.ArrayList;
import java.util.List;
import mirage.facts.Clause;
import mirage.facts.Sentence;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/** Runs the recognition rules over a charter's sentences and returns the clauses they read. */
public final class Recognition {

    private final RuleBase rules;

    public Recognition(RuleBase rules) {
        this.rules = rules;
    }

    public List<Clause> recognise(List<Sentence> sentences) {
        KieSession session = rules.recognition().newKieSession();
        try {
            for (Sentence s : sentences) {
                session.insert(s);
            }
            session.fireAllRules();
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
