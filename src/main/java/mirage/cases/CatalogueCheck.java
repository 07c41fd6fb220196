package mirage.cases;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mirage.engine.RuleBase;
import mirage.engine.RuleError;
import mirage.engine.RuleFile;
import mirage.engine.RuleFolder;
import mirage.engine.TrapDefinition;
import mirage.framework.FrameworkFile;
import mirage.input.InputError;

/**
 * What every rule folder must hold, checked at once and reported together: each rule file
 * beside its case file, each trap named after its file and in its family's folder, each
 * trap with a case that must fire it and a case that must not; each framework file
 * well-formed, beside its case file, with a charter that belongs to it and a look-alike
 * that must not.
 */
public final class CatalogueCheck {

    private CatalogueCheck() {}

    /** The problems of the traps declared in {@code folders}, checked against the compiled rules. */
    public static List<String> problems(RuleBase rules, List<RuleFolder> folders) {
        List<String> problems = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        Set<String> firing = new HashSet<>();
        Set<String> quiet = new HashSet<>();
        Set<String> belonging = new HashSet<>();
        Set<String> lookingAlike = new HashSet<>();
        for (RuleFolder folder : folders) {
            Set<String> caseFiles = new HashSet<>();
            for (RuleFile file : folder.cases()) {
                caseFiles.add(file.path().replaceFirst("\\.cases\\.ya?ml$", ""));
                try {
                    for (Case c : CaseFile.read(file)) {
                        firing.addAll(c.expect());
                        quiet.addAll(c.expectNot());
                        c.annotations().stream().filter(Case.Annotation::fires).forEach(a -> firing.add(a.trap()));
                        c.annotations().stream().filter(a -> !a.fires()).forEach(a -> quiet.add(a.trap()));
                        if (c.facts().containsKey("framework")) {
                            Object framework = c.facts().get("framework");
                            String stem = file.stem();
                            (stem.equals(framework) ? belonging : lookingAlike).add(file.path().replaceFirst("\\.cases\\.ya?ml$", ""));
                        }
                    }
                } catch (InputError e) {
                    problems.add(e.getMessage());
                }
            }
            for (RuleFile file : folder.files()) {
                if (!FrameworkFile.isFramework(file)) {
                    continue;
                }
                String stem = file.path().substring(0, file.path().length() - FrameworkFile.SUFFIX.length());
                try {
                    FrameworkFile.read(file);
                } catch (RuleError e) {
                    problems.add(e.located());
                }
                if (!caseFiles.contains(stem)) {
                    problems.add(file.shown() + ": no case file beside it (" + FrameworkFile.idOf(file) + ".cases.yaml)");
                } else {
                    if (!belonging.contains(stem)) {
                        problems.add(file.shown() + ": no case of a charter that belongs to it (facts: {framework: "
                                + FrameworkFile.idOf(file) + "})");
                    }
                    if (!lookingAlike.contains(stem)) {
                        problems.add(file.shown() + ": no case of a look-alike that must not belong to it (facts: {framework: null})");
                    }
                }
            }
            for (RuleFile rule : folder.rules()) {
                shown.add(rule.shown());
                if (!caseFiles.contains(rule.path().replaceFirst("\\.drl$", ""))) {
                    problems.add(rule.shown() + ": no case file beside it (" + rule.stem() + ".cases.yaml)");
                }
            }
            for (RuleFile cases : folder.cases()) {
                String stem = cases.path().replaceFirst("\\.cases\\.ya?ml$", "");
                if (folder.files().stream().noneMatch(r -> r.path().equals(stem + ".drl")
                        || r.path().equals(stem + FrameworkFile.SUFFIX))) {
                    problems.add(cases.shown() + ": no rule or framework file beside it (" + cases.stem() + ".drl or "
                            + cases.stem() + FrameworkFile.SUFFIX + ")");
                }
            }
        }
        for (TrapDefinition trap : rules.traps()) {
            if (!shown.contains(trap.source())) {
                continue;
            }
            String file = trap.source().substring(trap.source().lastIndexOf('/') + 1);
            if (!file.equals(trap.id() + ".drl")) {
                problems.add(trap.source() + ": trap '" + trap.id() + "' should live in " + trap.id() + ".drl");
            }
            String[] parts = trap.source().split("/");
            if (parts.length >= 2 && !parts[parts.length - 2].equals(trap.family())) {
                problems.add(trap.source() + ": trap '" + trap.id() + "' of family '" + trap.family()
                        + "' should live in a folder named " + trap.family());
            }
            if (!firing.contains(trap.id())) {
                problems.add(trap.source() + ": trap '" + trap.id() + "' has no case that must fire it");
            }
            if (!quiet.contains(trap.id())) {
                problems.add(trap.source() + ": trap '" + trap.id() + "' has no case that must not fire it");
            }
        }
        return problems;
    }
}
