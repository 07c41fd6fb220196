package mirage.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mirage.input.SourceText;

/**
 * Where each rule is written: its file and line, read from the rule files themselves (a
 * precompiled model no longer knows its sources). A rule name used twice is an error.
 */
final class RuleSources {

    private static final Pattern HEADER = Pattern.compile("(?m)^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** A rule's place. */
    private record Place(RuleFile file, int line) {}

    private final Map<String, Place> places = new HashMap<>();

    RuleSources(List<RuleFile> files) {
        for (RuleFile file : files) {
            Matcher m = HEADER.matcher(file.text());
            while (m.find()) {
                int line = SourceText.lineOf(file.text(), m.start(1));
                Place before = places.putIfAbsent(m.group(1), new Place(file, line));
                if (before != null) {
                    throw new RuleError(file.shown(), line, 0, "rule name \"%s\" is used twice (first in %s, line %d): rule names must be unique"
                            .formatted(m.group(1), before.file().shown(), before.line()));
                }
            }
        }
    }

    String shown(String rule) {
        Place place = places.get(rule);
        return place == null ? "?" : place.file().shown();
    }

    int line(String rule) {
        Place place = places.get(rule);
        return place == null ? 0 : place.line();
    }
}
