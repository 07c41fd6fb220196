package mirage.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mirage.audit.FileFilter;
import mirage.engine.Lang;
import mirage.engine.Severity;
import mirage.facts.Waiver;
import mirage.input.Problem;
import mirage.input.Wording;
import mirage.profile.ShapeCheck;

/**
 * What a config file sets; a field not given is null (or empty), and the command line's
 * default holds. Paths are resolved against the config's folder.
 *
 * @param file       the config file
 * @param shown      how reports name it
 * @param formats    report format -> file, in the file's order; a null file is standard output
 * @param severities per-trap severity overrides
 * @param trapNames  every trap id the file names, with its place, checked against the catalogue
 */
public record Config(Path file, String shown, String failOn, Lang lang, Map<String, Path> formats, List<Path> rules,
        Path baseline, FileFilter files, Map<String, Severity> severities, List<String> skip, List<ConfigWaiver> waivers,
        List<TrapName> trapNames) {

    public Config {
        formats = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(formats));
        rules = List.copyOf(rules);
        severities = Map.copyOf(severities);
        skip = List.copyOf(skip);
        waivers = List.copyOf(waivers);
        trapNames = List.copyOf(trapNames);
    }

    /** The folder the config's paths are relative to, and reports name inputs from. */
    public Path folder() {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    /** Every trap id the file names that {@code traps} (the loaded catalogue) does not hold, at its place. */
    public List<Problem> unknownTraps(Set<String> traps) {
        List<Problem> problems = new ArrayList<>();
        List<String> known = traps.stream().sorted().toList();
        for (TrapName name : trapNames) {
            if (!traps.contains(name.id())) {
                problems.add(Problem.of(shown, name.line(), name.column(),
                        Wording.of("config.unknown-trap", name.id(), ShapeCheck.suggestion(name.id(), known))));
            }
        }
        return problems;
    }

    /** The waivers whose path matches an input, as reports name it. */
    public List<Waiver> waiversFor(String input) {
        return waivers.stream().filter(w -> w.path().matches(input)).map(ConfigWaiver::waiver).toList();
    }
}
