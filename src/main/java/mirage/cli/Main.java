package mirage.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import mirage.engine.Lang;
import mirage.engine.RuleError;
import mirage.input.InputError;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

/** {@code mirage}: the command line. The only place that exits. */
@Command(name = "mirage", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Audits how a public organisation represents its users, after J. T. Godbout,",
                "« Les mirages de la coproduction » (Les cahiers du DSU, 2000)."})
public final class Main implements Runnable {

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    boolean debug;

    private CommandLine self;

    /** The language of help and messages for this run: {@code --lang}, else the config's, else English. */
    private Lang lang = Lang.EN;

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
        // Hidden: the install script writes the shell completion with it.
        cli.addSubcommand("generate-completion", new AutoComplete.GenerateCompletion());
        cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(true);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, command, parsed) -> main.failed(e, command));
        cli.setParameterExceptionHandler((e, args) -> main.usageError(e, args));
        cli.setExecutionStrategy(parsed -> {
            main.speak(HelpLanguage.of(parsed.originalArgs()));
            try {
                return new CommandLine.RunLast().execute(parsed);
            } catch (StackOverflowError | OutOfMemoryError e) {
                // Bounded inputs and budgets should prevent these; if one comes anyway, say so without a trace.
                CommandLine command = parsed.subcommands().isEmpty() ? cli : parsed.subcommands().get(parsed.subcommands().size() - 1).commandSpec().commandLine();
                return main.failed(new IllegalStateException(e.toString() + " (give Java more memory with -Xmx, or lower --max-input-size)"),
                        command);
            }
        });
        main.apply(cli);
        return cli;
    }

    /** Help and messages in this language from now on (French: picocli's resource bundle {@code Help_fr}). */
    private void speak(Lang language) {
        lang = language;
        if (language == Lang.FR) {
            self.setResourceBundle(ResourceBundle.getBundle("mirage.cli.Help", Locale.FRENCH,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
        apply(self);
    }

    private void apply(CommandLine cli) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            codes.put(" " + code.code, Messages.get(lang, "exit." + code.code));
        }
        applyTo(cli, codes, Messages.get(lang, "exit.heading"));
    }

    private static void applyTo(CommandLine cli, Map<String, String> codes, String heading) {
        cli.getCommandSpec().usageMessage().exitCodeListHeading(heading).exitCodeList(codes);
        cli.getCommandSpec().exitCodeOnExecutionException(ExitCode.UNTRUSTED.code);
        cli.getCommandSpec().exitCodeOnInvalidInput(ExitCode.UNTRUSTED.code);
        for (CommandLine sub : cli.getSubcommands().values()) {
            if (sub != cli) {
                applyTo(sub, codes, heading);
            }
        }
    }

    /**
     * A usage error: the error and one line of what to do (the options it may have meant, or
     * where the help is), never the whole help, which buries the error.
     */
    private int usageError(ParameterException e, String[] args) {
        speak(HelpLanguage.of(List.of(args)));
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(Messages.get(lang, "prefix") + UsageErrors.message(e, lang));
        List<String> suggestions = e instanceof UnmatchedArgumentException unmatched ? unmatched.getSuggestions().stream()
                .filter(s -> !command.getSubcommands().containsKey(s) || !command.getSubcommands().get(s).getCommandSpec().usageMessage().hidden())
                .toList() : List.of();
        String name = command.getCommandSpec().qualifiedName();
        if (!suggestions.isEmpty()) {
            err.println(Messages.get(lang, "usage.did-you-mean", String.join(", ", suggestions.subList(0, Math.min(3, suggestions.size()))))
                    + " " + Messages.get(lang, "usage.try", name));
        } else {
            err.println(Messages.get(lang, "usage.try", name));
        }
        err.flush();
        return ExitCode.UNTRUSTED.code;
    }

    private int failed(Exception e, CommandLine command) {
        PrintWriter err = command.getErr();
        String prefix = Messages.get(lang, "prefix");
        if (e instanceof ParameterException usage) {
            return usageError(usage, new String[0]);
        } else if (e instanceof RuleError rule) {
            err.println(prefix + Messages.get(lang, "error.rule", rule.located()));
        } else if (e instanceof InputError input) {
            input.problems().forEach(p -> err.println(prefix + (lang == Lang.FR ? p.inFrench() : p)));
        } else if (e instanceof UncheckedIOException io) {
            // A file Mirage needs (its temporary results, say) could not be written or read.
            err.println(prefix + io.getMessage());
        } else {
            err.println(prefix + (debug ? "internal error: " + e : Messages.get(lang, "error.internal", e)));
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.UNTRUSTED.code;
    }
}
