package mirage.cli;

import java.io.PrintStream;
import mirage.audit.AuditRun;

/**
 * A progress bar on standard error for long runs, drawn only on a person's terminal: never
 * in CI logs, never when output is piped or redirected.
 */
final class ProgressBar implements AuditRun.Progress {

    private static final long QUIET_NANOS = 700_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    private ProgressBar(PrintStream err) {
        this.err = err;
    }

    /** A bar when standard output and error are a terminal and no CI is running; else nothing. */
    static AuditRun.Progress forTerminal(PrintStream err) {
        boolean terminal = System.console() != null && System.getenv("CI") == null
                && !"dumb".equals(System.getenv("TERM"));
        return terminal ? new ProgressBar(err) : AuditRun.Progress.NONE;
    }

    @Override
    public synchronized void advance(int done, int total) {
        long now = System.nanoTime();
        if (now - start < QUIET_NANOS || (now - lastDraw < 100_000_000L && done < total)) {
            return;
        }
        lastDraw = now;
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        err.print("\r[" + "=".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " files");
        drawn = true;
        if (done >= total) {
            finish();
        }
    }

    /** Clears the bar, so the report starts on a clean line. */
    synchronized void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 30) + "\r");
            err.flush();
            drawn = false;
        }
    }
}
