package mirage.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import mirage.audit.InputFiles;
import mirage.engine.RuleBase;
import mirage.input.InputError;
import mirage.input.Limits;
import mirage.input.SourceText;
import mirage.serve.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mirage serve}: the auditor's workbench, a local page that turns a charter or a blank page into a checked profile. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {"Open the auditor's workbench: a page on this computer only (127.0.0.1) that asks the profile's questions",
                "in French or English, shows a charter's sentences with the facts read from them, audits each answer at once,",
                "and exports the profile (YAML) and every report. Prints the link to open, with its one-time token;",
                "stops with the command (Ctrl-C) or the page's Stop button."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "Profiles and charters (or folders of them) the page may open. None: the page starts blank.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "The port on 127.0.0.1 (default: a free port).")
    int port;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "The day waivers are checked against (default: today), as for 'audit'.")
    LocalDate asOf;

    @Option(names = "--max-input-size", paramLabel = "BYTES", defaultValue = "" + SourceText.DEFAULT_LIMIT,
            description = "Refuse inputs and uploads larger than this many bytes. Default: ${DEFAULT-VALUE}.")
    long maxInputSize;

    @Option(names = "--max-depth", paramLabel = "LEVELS", defaultValue = "" + Limits.DEFAULT_DEPTH,
            description = "Refuse YAML or JSON nested deeper than this. Default: ${DEFAULT-VALUE}.")
    int maxDepth;

    @Option(names = "--rule-time-limit", paramLabel = "SECONDS", defaultValue = "" + Limits.DEFAULT_RULE_SECONDS,
            description = "Stop an audit whose rules run longer than this. Default: ${DEFAULT-VALUE}.")
    long ruleTimeLimit;

    @Option(names = "--max-rule-firings", paramLabel = "N", defaultValue = "" + Limits.DEFAULT_FIRINGS,
            description = "Stop an audit whose rules match more often than this. Default: ${DEFAULT-VALUE}.")
    long maxRuleFirings;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        if (maxInputSize < 0 || maxDepth < 1 || ruleTimeLimit < 1 || maxRuleFirings < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--max-input-size must be 0 or more; --max-depth, --rule-time-limit and --max-rule-firings 1 or more");
        }
        InputFiles inputs = InputFiles.expand(paths);
        if (!inputs.problems().isEmpty()) {
            throw new InputError(inputs.problems());
        }
        List<Path> files = inputs.files().stream().map(InputFiles.Input::path).toList();
        Limits limits = new Limits(maxInputSize, maxDepth, Duration.ofSeconds(ruleTimeLimit), maxRuleFirings);
        RuleBase base = rules.load();
        Workbench.Settings settings = new Workbench.Settings(port, files, rules.lang, asOf == null ? LocalDate.now() : asOf, limits);
        try (Workbench workbench = Workbench.start(settings, base, Version.get())) {
            Thread stop = new Thread(workbench::close, "mirage-serve-shutdown");
            Runtime.getRuntime().addShutdownHook(stop);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Mirage's workbench is at (this link holds its token; keep it to yourself):");
            out.println();
            out.println("    " + workbench.url());
            out.println();
            out.println("Stop it with Ctrl-C, or the page's Stop button.");
            out.flush();
            workbench.awaitStop();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already stopping: the hook closes the server
            }
        }
        return ExitCode.CLEAN.code;
    }
}
