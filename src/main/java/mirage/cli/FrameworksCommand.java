package mirage.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import mirage.framework.Framework;
import mirage.framework.Frameworks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mirage frameworks}: the laws bodies are read with, one line each. */
@Command(name = "frameworks", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"List the legal frameworks a body may be read with, one line each: id, jurisdiction, how many fields the law settles, name.",
                "'mirage explain ID' shows one with its table."})
final class FrameworksCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        Frameworks frameworks = Frameworks.of(rules.folders());
        int width = frameworks.all().stream().mapToInt(f -> f.id().length()).max().orElse(10);
        boolean fr = rules.lang == mirage.engine.Lang.FR;
        PrintWriter out = spec.commandLine().getOut();
        for (Framework f : frameworks.all()) {
            out.printf("%-" + width + "s  %-6s  %2d %s  %s%n", f.id(), f.jurisdiction(), f.fields().size(),
                    fr ? (f.fields().size() > 1 ? "champs" : "champ ") : (f.fields().size() > 1 ? "fields" : "field "),
                    f.name().in(rules.lang));
        }
        out.flush();
        return ExitCode.CLEAN.code;
    }
}
