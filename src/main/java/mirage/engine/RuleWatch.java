package mirage.engine;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchCreatedEvent;

/**
 * Counts the matches a session makes and checks the clock at each match and firing; past
 * the budget it throws, from inside the engine, an {@link Overrun} that names the rule.
 */
final class RuleWatch extends DefaultAgendaEventListener {

    /** A rule went past the budget; thrown on the session's thread, it ends fireAllRules. */
    static final class Overrun extends RuntimeException {
        private final boolean timed;

        Overrun(String message, boolean timed) {
            super(message, null, false, false);
            this.timed = timed;
        }

        boolean timed() {
            return timed;
        }
    }

    private final long maxMatches;
    private final long deadline;
    private volatile String rule;
    private volatile Thread thread;
    private long matches;

    RuleWatch(long maxMatches, long deadlineNanos) {
        this.maxMatches = maxMatches;
        this.deadline = deadlineNanos;
    }

    @Override
    public void matchCreated(MatchCreatedEvent event) {
        rule = event.getMatch().getRule().getName();
        matches++;
        if (matches > maxMatches) {
            throw new Overrun("matched more than %,d times".formatted(maxMatches), false);
        }
        if ((matches & 0xFF) == 0) {
            checkClock();
        }
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        rule = event.getMatch().getRule().getName();
        checkClock();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        checkClock();
    }

    private void checkClock() {
        if (System.nanoTime() > deadline) {
            throw new Overrun("ran past the time limit", true);
        }
    }

    void running(Thread worker) {
        thread = worker;
    }

    Thread thread() {
        return thread;
    }

    /** The rule last seen matching or firing, or null. */
    String rule() {
        return rule;
    }

    long matches() {
        return matches;
    }
}
