package mirage.engine;

/**
 * A rule folder that cannot be trusted: a rule that does not compile, a duplicate rule,
 * missing metadata, an empty catalogue, or a rule that fails while running.
 */
public final class RuleError extends RuntimeException {

    private final String file;
    private final int line;
    private final int column;

    public RuleError(String file, int line, int column, String message) {
        super(message, null, false, false);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public RuleError(String message, Throwable cause) {
        super(message, cause, false, true);
        this.file = null;
        this.line = 0;
        this.column = 0;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** "file:line:column: message", or the message alone when no file is known. */
    public String located() {
        if (file == null) {
            return getMessage();
        }
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + getMessage();
    }
}
