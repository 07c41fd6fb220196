package mirage.report;

import java.io.Serializable;
import java.util.List;
import mirage.engine.Audit;
import mirage.engine.Finding;
import mirage.facts.InputKind;
import mirage.input.Problem;
import mirage.engine.Lang;

/**
 * What became of one input: its audit, or the problems that kept it from being audited.
 *
 * @param audit     null when the input is invalid
 * @param problems  empty when the input was audited
 * @param known     findings left out because an earlier report had them ({@code --baseline})
 */
public record InputResult(String file, InputKind kind, Audit audit, List<Problem> problems, List<Finding> known)
        implements Serializable {

    public InputResult {
        problems = List.copyOf(problems);
        known = List.copyOf(known);
    }

    public static InputResult audited(Audit audit, List<Finding> known) {
        return new InputResult(audit.dossier().file(), audit.dossier().kind(), audit, List.of(), known);
    }

    /** The problems, said in the report's language where the reader said them in both. */
    public List<Problem> problems(Lang lang) {
        return lang == Lang.FR ? problems.stream().map(Problem::inFrench).toList() : problems;
    }

    public static InputResult invalid(String file, InputKind kind, List<Problem> problems) {
        return new InputResult(file, kind, null, problems, List.of());
    }

    public boolean valid() {
        return audit != null;
    }

    /** The organisation's name, or null for an invalid input. */
    public String organisation() {
        return audit == null ? null : audit.dossier().organisation().name();
    }
}
