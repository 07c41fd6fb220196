package mirage.cli;

/** The exit status of every command. */
public enum ExitCode {
    /** No unwaived finding at or above {@code --fail-on}; for {@code verify}, every case passed. */
    CLEAN(0, "no unwaived finding at or above --fail-on (verify: every case passed)"),
    /** At least one unwaived finding at or above {@code --fail-on}; for {@code verify}, a case failed. */
    FINDINGS(1, "at least one unwaived finding at or above --fail-on (verify: a case failed)"),
    /** The run cannot be trusted: usage error, invalid input, a rule that does not compile. */
    UNTRUSTED(2, "the run cannot be trusted: usage error, unreadable or invalid input, a rule that does not compile");

    public final int code;
    public final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }
}
