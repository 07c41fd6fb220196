package mirage.cases;

import java.util.List;

/** The outcome of one case: passed, or the list of what went wrong. */
public record CaseResult(Case kase, List<String> failures) {

    public boolean passed() {
        return failures.isEmpty();
    }
}
