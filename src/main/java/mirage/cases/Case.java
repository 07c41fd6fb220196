package mirage.cases;

import java.util.List;
import java.util.Map;
import mirage.facts.InputKind;

/**
 * One case of a case file: a small profile or charter and what the catalogue must make of it.
 *
 * @param line        the line of the case in its case file
 * @param expect      traps that must be found
 * @param expectNot   traps that must not be found
 * @param exactly     when not null, the only traps that may be found
 * @param notAssessed traps that must be listed as not assessed
 * @param verdicts    the verdict each named body must get
 * @param facts       what the input's first body must read as, by field path; null for unknown
 * @param law         fields of the input's first body that must come from the law of its framework
 * @param annotations lines of the input where a trap must (or must not) be located
 */
public record Case(
        String file,
        int line,
        String name,
        InputKind kind,
        String text,
        List<String> expect,
        List<String> expectNot,
        List<String> exactly,
        List<String> notAssessed,
        Map<String, String> verdicts,
        Map<String, Object> facts,
        List<String> law,
        List<Annotation> annotations) {

    /** "{@code ruleid: x}" (must fire) or "{@code ok: x}" (must not) on the line before {@code line}. */
    public record Annotation(String trap, int line, boolean fires) {}

    /** The case's title in test reports: "heard-not-heeded: two refusals". */
    public String title() {
        String stem = file.substring(file.lastIndexOf('/') + 1);
        stem = stem.substring(0, stem.indexOf('.') < 0 ? stem.length() : stem.indexOf('.'));
        return stem + ": " + name;
    }
}
