package mirage.engine;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import mirage.input.InputError;
import mirage.input.Limits;
import org.kie.api.runtime.KieSession;

/**
 * The runaway-rule budget of one rule session: a time limit and a number of rule matches.
 * A rule that goes past either stops the audit of that input with an error that names it.
 *
 * <p>The session fires on a worker thread watched by the caller. The budget is checked at
 * every match the network makes and every firing, so it stops a join that explodes (a
 * quadratic self-join over a large profile makes matches long before any fires) and a long
 * chain of firings. What makes no match and fires nothing (a join that matches nothing over
 * a huge input, a consequence or a function that never returns) is stopped by the time
 * limit from outside: the session is halted, and if its thread is still busy after a grace
 * period it is stopped (Java 17 to 19) or, on a later Java, left to the end of the process.
 *
 * <p>A small profile audited by the built-in catalogue alone fires on the caller's thread
 * ({@link #fireHere}): its rules loop only over the profile's own facts and make no
 * unbounded join, so the checks at each match and firing bound it, and handing each of thousands of small sessions to another thread
 * would cost more than the rules themselves.
 */
public final class Budget {

    /** How long a session may run past its limit before its thread is stopped. */
    private static final long GRACE_MILLIS = 2_000;

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService RUNNERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "mirage-rules-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private Budget() {}

    /**
     * Fires the session's rules within the limits.
     *
     * @param file the input the session is about, for the error
     * @throws InputError when a rule goes past the budget, or exhausts the stack or the memory
     */
    public static void fire(KieSession session, Limits limits, String file) throws InputError {
        long limitMillis = limits.ruleTime().toMillis();
        RuleWatch watch = watch(limits);
        session.addEventListener(watch);
        Future<?> run = RUNNERS.submit(() -> {
            watch.running(Thread.currentThread());
            try {
                session.fireAllRules();
            } finally {
                watch.running(null);
            }
        });
        try {
            run.get(limitMillis + GRACE_MILLIS / 4, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            session.halt();
            stop(run, watch);
            throw runaway(file, watch, "ran past the time limit of %s s".formatted(limits.ruleTime().toSeconds()),
                    "--rule-time-limit");
        } catch (ExecutionException e) {
            throw failure(file, watch, e.getCause(), limits);
        } catch (InterruptedException e) {
            session.halt();
            Thread.currentThread().interrupt();
            throw InputError.at(file, 0, 0, "the audit was interrupted");
        } finally {
            // Sessions come from a pool and are reset, not rebuilt: the watch must not outlive this audit.
            session.removeEventListener(watch);
        }
    }

    /**
     * Fires the session's rules on this thread, within the limit of matches and the clock
     * checked at each match and firing; for rules known to end (see the class comment).
     */
    public static void fireHere(KieSession session, Limits limits, String file) throws InputError {
        RuleWatch watch = watch(limits);
        session.addEventListener(watch);
        try {
            session.fireAllRules();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw failure(file, watch, e, limits);
        } finally {
            session.removeEventListener(watch);
        }
    }

    /** A watch of the limits of matches and time, the clock starting now. */
    private static RuleWatch watch(Limits limits) {
        return new RuleWatch(limits.maxFirings(), System.nanoTime() + limits.ruleTime().toNanos());
    }

    /** Waits a grace period for the halt to take, then stops the worker thread where Java allows it. */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Future<?> run, RuleWatch watch) {
        try {
            run.get(GRACE_MILLIS, TimeUnit.MILLISECONDS);
            return;
        } catch (TimeoutException | ExecutionException e) {
            // still running, or ended by the halt: go on
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Thread worker = watch.thread();
        if (worker != null && !run.isDone()) {
            try {
                worker.stop();
                run.get(GRACE_MILLIS, TimeUnit.MILLISECONDS); // let it unwind before the session is disposed
            } catch (UnsupportedOperationException e) {
                // Java 20 and later: the thread runs on, a daemon, until the process ends
            } catch (TimeoutException | ExecutionException | java.util.concurrent.CancellationException e) {
                // stopped, or as good as
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static InputError failure(String file, RuleWatch watch, Throwable cause, Limits limits) {
        // Thrown by the watch from inside the engine, the overrun may come wrapped (in a ConsequenceException).
        for (Throwable c = cause; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof RuleWatch.Overrun overrun) {
                return runaway(file, watch, overrun.getMessage(), overrun.timed() ? "--rule-time-limit" : "--max-rule-firings");
            }
        }
        if (cause instanceof StackOverflowError) {
            return runaway(file, watch, "exhausted the stack (a recursion without end?)", null);
        }
        if (cause instanceof OutOfMemoryError) {
            return runaway(file, watch, "ran out of memory after %,d matches".formatted(watch.matches()),
                    "--max-rule-firings (lower) or the JVM's -Xmx");
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new RuleError("a rule session failed: " + cause, cause);
    }

    private static InputError runaway(String file, RuleWatch watch, String what, String flag) {
        String rule = watch.rule() == null ? "a rule's conditions (before any rule matched)" : "rule '" + watch.rule() + "'";
        return InputError.at(file, 0, 0, "audit stopped: %s %s%s".formatted(rule, what,
                flag == null ? "" : "; the input is too large for it, or the rule joins facts without bound (raise the limit with " + flag + ")"));
    }
}
