package mirage.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import mirage.cases.Case;
import mirage.cases.CaseFile;
import mirage.engine.Lang;
import mirage.engine.RuleBase;
import mirage.engine.RuleFile;
import mirage.engine.TrapDefinition;
import mirage.framework.Framework;
import mirage.framework.Frameworks;
import mirage.input.InputError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mirage explain ID}: one trap in full, with a minimal profile that triggers it; or one framework with its table. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Version.class, description = {"Explain one trap: what it means, the essay's sentence, what fires it, the remedy, and a minimal input that triggers it.",
        "Or one legal framework ('mirage frameworks' lists them): how a charter is recognised as belonging to it, and the table of what its law settles."})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "A trap id, as 'mirage traps' lists them, or a framework id, as 'mirage frameworks' lists them.")
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
        TrapDefinition trap = base.trap(id).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "'" + id + "' is neither a trap of the catalogue (see 'mirage traps') nor a framework (see 'mirage frameworks')"));
        Lang lang = rules.lang;
        boolean fr = lang == Lang.FR;
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s — %s%n", trap.id(), trap.title().in(lang));
        out.printf("%s: %s · %s: %s%n%n", fr ? "gravité" : "severity", trap.severity().label(),
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
