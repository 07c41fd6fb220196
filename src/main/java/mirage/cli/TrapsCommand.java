package mirage.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import mirage.engine.RuleBase;
import mirage.engine.TrapDefinition;
import mirage.input.InputError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mirage traps}: the catalogue, one line per trap. */
@Command(name = "traps", mixinStandardHelpOptions = true, versionProvider = Version.class, description = "List the catalogue, one line per trap: id, severity, family, title.")
final class TrapsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() throws InputError {
        RuleBase base = rules.load();
        int width = base.traps().stream().mapToInt(t -> t.id().length()).max().orElse(10);
        PrintWriter out = spec.commandLine().getOut();
        for (TrapDefinition trap : base.traps()) {
            out.printf("%-" + width + "s  %-8s  %-22s  %s%n", trap.id(), trap.severity().label(), trap.family(),
                    trap.title().in(rules.lang));
        }
        out.flush();
        return ExitCode.CLEAN.code;
    }
}
