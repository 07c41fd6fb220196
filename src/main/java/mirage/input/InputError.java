package mirage.input;

import java.util.List;
import java.util.stream.Collectors;

/** An input that cannot be trusted: it is not audited, and the run exits with status 2. */
public final class InputError extends Exception {

    private final List<Problem> problems;

    public InputError(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")), null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an input error needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InputError(Problem problem) {
        this(List.of(problem));
    }

    public static InputError at(String file, int line, int column, String message) {
        return new InputError(new Problem(file, line, column, message));
    }

    /** One problem, said in English and French. */
    public static InputError at(String file, int line, int column, Wording wording) {
        return new InputError(Problem.of(file, line, column, wording));
    }

    public List<Problem> problems() {
        return problems;
    }
}
