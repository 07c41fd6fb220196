package mirage.vetting;

/** One thing a rule file may not do without {@code --trust-rules}, and where it does it. */
public record Refusal(String file, int line, int column, String what) {

    /** "file:line:column: what". */
    public String located() {
        return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + what;
    }
}
