package mirage.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import mirage.engine.RuleError;
import mirage.input.InputError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code mirage}: the command line. The only place that exits. */
@Command(name = "mirage", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Audits how a public organisation represents its users, after J. T. Godbout,",
                "« Les mirages de la coproduction » (Les cahiers du DSU, 2000)."})
public final class Main implements Runnable {

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    boolean debug;

    private CommandLine self;

    @Override
    public void run() {
        self.usage(self.getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine(System.in).execute(args));
    }

    /** The command line, wired for tests and for {@link #main}: audit reads {@code stdin} for "-". */
    public static CommandLine commandLine(InputStream stdin) {
        Main main = new Main();
        CommandLine cli = new CommandLine(main);
        main.self = cli;
        cli.addSubcommand("audit", new AuditCommand(stdin));
        cli.addSubcommand("traps", new TrapsCommand());
        cli.addSubcommand("explain", new ExplainCommand());
        cli.addSubcommand("frameworks", new FrameworksCommand());
        cli.addSubcommand("verify", new VerifyCommand());
        cli.addSubcommand("schema", new SchemaCommand());
        cli.addSubcommand("serve", new ServeCommand());
        cli.addSubcommand("cache", new CacheCommand());
        cli.addSubcommand("help", new CommandLine.HelpCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, command, parsed) -> failed(e, command, main.debug));
        cli.setExecutionStrategy(parsed -> {
            try {
                return new CommandLine.RunLast().execute(parsed);
            } catch (StackOverflowError | OutOfMemoryError e) {
                // Bounded inputs and budgets should prevent these; if one comes anyway, say so without a trace.
                CommandLine command = parsed.subcommands().isEmpty() ? cli : parsed.subcommands().get(parsed.subcommands().size() - 1).commandSpec().commandLine();
                return failed(new IllegalStateException(e.toString() + " (give Java more memory with -Xmx, or lower --max-input-size)"),
                        command, main.debug);
            }
        });
        Map<String, String> codes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            codes.put(" " + code.code, code.meaning);
        }
        apply(cli, codes);
        return cli;
    }

    private static void apply(CommandLine cli, Map<String, String> codes) {
        cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit status:%n").exitCodeList(codes);
        cli.getCommandSpec().exitCodeOnExecutionException(ExitCode.UNTRUSTED.code);
        cli.getCommandSpec().exitCodeOnInvalidInput(ExitCode.UNTRUSTED.code);
        for (CommandLine sub : cli.getSubcommands().values()) {
            if (sub != cli) {
                apply(sub, codes);
            }
        }
    }

    private static int failed(Exception e, CommandLine command, boolean debug) {
        PrintWriter err = command.getErr();
        if (e instanceof RuleError rule) {
            err.println("mirage: rule error: " + rule.located());
        } else if (e instanceof InputError input) {
            input.problems().forEach(p -> err.println("mirage: " + p));
        } else if (e instanceof UncheckedIOException io) {
            // A file Mirage needs (its temporary results, say) could not be written or read.
            err.println("mirage: " + io.getMessage());
        } else {
            err.println("mirage: internal error: " + e + (debug ? "" : " (run with --debug for the stack trace)"));
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.UNTRUSTED.code;
    }
}
