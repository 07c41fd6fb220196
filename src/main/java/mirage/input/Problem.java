package mirage.input;

import java.io.Serializable;

/**
 * One thing wrong with an input: where (line and column 1-based, 0 when unknown) and what
 * was expected.
 */
public record Problem(String file, int line, int column, String message) implements Serializable {

    /** "file:line:column: message", the form editors and CI logs link to. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file + ": " + message;
        }
        return file + ":" + line + ":" + Math.max(column, 1) + ": " + message;
    }
}
