package mirage.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import mirage.cases.Case;
import mirage.cases.CaseFile;
import mirage.engine.Labels;
import mirage.engine.Lang;
import mirage.engine.RuleBase;
import mirage.engine.RuleFile;
import mirage.engine.TrapDefinition;
import mirage.framework.Framework;
import mirage.framework.Frameworks;
import mirage.engine.Verdict;
import mirage.input.InputError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mirage explain ID}: one trap in full, with a minimal profile that triggers it; a verdict; or one framework with its table. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Explain one trap (what it means, the essay's sentence, what fires it, the remedy, a minimal input that triggers it), a verdict (representation-trap, conditional, sound, not-assessed), or what 'not assessed' means.",
                "Or one legal framework ('mirage frameworks' lists them): how a charter is recognised as belonging to it, and the table of what its law settles."})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", descriptionKey = "ID",
            description = "A trap id, as 'mirage traps' lists them; a verdict; not-assessed; or a framework id, as 'mirage frameworks' lists them.")
    String id;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() throws InputError {
        RuleBase base = rules.load();
        Optional<Framework> framework = base.trap(id).isPresent() ? Optional.empty() : Frameworks.of(base.folders()).byId(id);
        if (framework.isPresent()) {
            FrameworkExplanation.print(framework.get(), rules.lang, spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
            return ExitCode.CLEAN.code;
        }
        Lang lang = rules.lang;
        if (VERDICTS.contains(id) && base.trap(id).isEmpty()) {
            return verdicts(lang);
        }
        TrapDefinition trap = base.trap(id).orElseThrow(() -> new ParameterException(spec.commandLine(),
                Messages.get(lang, "explain.unknown", id)));
        boolean fr = lang == Lang.FR;
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s — %s%n", trap.id(), trap.title().in(lang));
        out.printf("%s: %s · %s: %s%n%n", fr ? "gravité" : "severity", Labels.severity(trap.severity(), lang),
                fr ? "famille" : "family", trap.family());
        out.println(trap.meaning().in(lang));
        out.println();
        out.println((trap.quotesTheEssay() ? "Godbout : " : "") + trap.quote().fr());
        out.println((trap.quotesTheEssay() ? "          " : "") + trap.quote().en());
        out.println();
        out.println((fr ? "Se déclenche quand : " : "Fires when: ") + trap.fires().in(lang));
        out.println((fr ? "Remède : " : "Remedy: ") + trap.remedy().in(lang));
        Optional<Case> example = example(base, trap);
        if (example.isPresent()) {
            out.println();
            out.println((fr ? "Exemple minimal (" : "Minimal example (") + example.get().name() + "):");
            for (String line : example.get().text().split("\n")) {
                out.println("    " + line);
            }
        }
        out.println();
        out.println((fr ? "Règle : " : "Rule: ") + trap.source());
        if (trap.verdict()) {
            out.println();
            out.println(Messages.get(lang, "explain.verdict." + trap.id()));
        }
        out.flush();
        return ExitCode.CLEAN.code;
    }

    /** The verdicts and what "not assessed" means: the words every report uses without saying. */
    private static final List<String> VERDICTS = List.of(Verdict.CONDITIONAL, Verdict.SOUND, Verdict.NOT_ASSESSED, "verdicts", "verdict");

    private int verdicts(Lang lang) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(Messages.get(lang, "explain.verdicts"));
        out.println();
        for (String verdict : List.of("representation-trap", Verdict.CONDITIONAL, Verdict.SOUND, Verdict.NOT_ASSESSED)) {
            out.println("- " + Messages.get(lang, "explain.verdict." + verdict));
        }
        out.println();
        out.println(Messages.get(lang, "explain.not-assessed"));
        out.flush();
        return ExitCode.CLEAN.code;
    }

    /** The first case of the trap's case file that must fire it. */
    private static Optional<Case> example(RuleBase base, TrapDefinition trap) throws InputError {
        String casesPath = trap.source().replaceFirst("\\.drl$", ".cases.yaml");
        for (var folder : base.folders()) {
            for (RuleFile file : folder.cases()) {
                if (file.shown().equals(casesPath)) {
                    return CaseFile.read(file).stream().filter(c -> c.expect().contains(trap.id())).findFirst();
                }
            }
        }
        return Optional.empty();
    }
}
