package mirage.input;

import java.io.Serializable;

/**
 * One thing wrong with an input: where (line and column 1-based, 0 when unknown) and what
 * was expected, in English ({@code message}) and, when the reader says it in French too,
 * in French ({@code french}, else null).
 */
public record Problem(String file, int line, int column, String message, String french) implements Serializable {

    /** A problem said in English only. */
    public Problem(String file, int line, int column, String message) {
        this(file, line, column, message, null);
    }

    /** A problem said in both languages. */
    public static Problem of(String file, int line, int column, Wording wording) {
        return new Problem(file, line, column, wording.en(), wording.fr());
    }

    /** The same problem said in French, where it can be. */
    public Problem inFrench() {
        return french == null ? this : new Problem(file, line, column, french, french);
    }

    /** "file:line:column: message", the form editors and CI logs link to. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file + ": " + message;
        }
        return file + ":" + line + ":" + Math.max(column, 1) + ": " + message;
    }
}
