package mirage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import mirage.audit.AuditRun;
import mirage.audit.BaseFolder;
import mirage.audit.Baseline;
import mirage.audit.FileFilter;
import mirage.audit.FindingFilter;
import mirage.audit.InputFiles;
import mirage.audit.InputReader;
import mirage.config.Config;
import mirage.engine.Auditor;
import mirage.engine.RuleBase;
import mirage.engine.Severity;
import mirage.input.InputError;
import mirage.input.Limits;
import mirage.input.SourceText;
import mirage.report.HtmlReport;
import mirage.report.InputResults;
import mirage.report.JUnitReport;
import mirage.report.JsonReport;
import mirage.report.MarkdownReport;
import mirage.report.Report;
import mirage.report.ReportWriter;
import mirage.report.SarifReport;
import mirage.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** {@code mirage audit}: profiles and charters in, the essay's traps out. */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {"Audit organisation profiles (.yaml, .yml, .json) and charters (.md, .txt), or folders of them.",
                "Each trap found comes with its evidence, the essay's sentence and a remedy; each body gets a verdict."})
final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", descriptionKey = "PATH",
            description = "Profiles, charters, or folders of them (searched recursively, hidden folders skipped); - reads a YAML profile from standard input. Without PATH, the config file's folder.")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT[=FILE]", converter = Output.Converter.class,
            description = "Report format: text (default), json, sarif, junit, markdown, html; =FILE writes it to a file. Repeatable: one run can write several reports.")
    List<Output> outputs = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "high",
            description = "Exit 1 when an unwaived finding is at or above this severity: info, low, medium, high, critical, or never. Default: ${DEFAULT-VALUE}.")
    String failOn;

    @Option(names = "--only", split = ",", paramLabel = "ID", description = "Report only these traps.")
    List<String> only = new ArrayList<>();

    @Option(names = "--skip", split = ",", paramLabel = "ID", description = "Do not report these traps.")
    List<String> skip = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "REPORT.json",
            description = "Report only findings absent from an earlier JSON report (matched by fingerprint: file, trap and subject, not line).")
    Path baseline;

    @Option(names = "--no-waivers", description = "Ignore the profiles' waivers: every finding counts.")
    boolean noWaivers;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "The day waivers are checked against (default: today). Fix it for reproducible reports.")
    LocalDate asOf;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour in the text report: ${COMPLETION-CANDIDATES} (auto: on a terminal, unless NO_COLOR is set). Default: ${DEFAULT-VALUE}.")
    Terminal.When color;

    @Option(names = "--max-input-size", paramLabel = "BYTES", defaultValue = "" + SourceText.DEFAULT_LIMIT,
            description = "Refuse inputs larger than this many bytes. Default: ${DEFAULT-VALUE}.")
    long maxInputSize;

    @Option(names = "--max-depth", paramLabel = "LEVELS", defaultValue = "" + Limits.DEFAULT_DEPTH,
            description = "Refuse YAML or JSON nested deeper than this (profiles, front matter). Default: ${DEFAULT-VALUE}.")
    int maxDepth;

    @Option(names = "--rule-time-limit", paramLabel = "SECONDS", defaultValue = "" + Limits.DEFAULT_RULE_SECONDS,
            description = "Stop the audit of an input whose rules run longer than this, naming the rule. Default: ${DEFAULT-VALUE}.")
    long ruleTimeLimit;

    @Option(names = "--max-rule-firings", paramLabel = "N", defaultValue = "" + Limits.DEFAULT_FIRINGS,
            description = "Stop the audit of an input whose rules match more often than this (a rule that joins facts without bound), naming the rule. Default: ${DEFAULT-VALUE}.")
    long maxRuleFirings;

    @Option(names = "--threads", paramLabel = "N",
            description = "How many files are audited at once (default: the number of processors). The report is the same whatever the number.")
    Integer threads;

    @Mixin
    RuleOptions rules;

    private final InputStream stdin;

    AuditCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException, InputError {
        Config config = rules.config().orElse(null);
        settle(config);
        Severity threshold = threshold();
        RuleBase base = rules.load();
        if (config != null && !config.unknownTraps(trapIds(base)).isEmpty()) {
            throw new InputError(config.unknownTraps(trapIds(base)));
        }
        BaseFolder folder = config == null ? BaseFolder.current() : new BaseFolder(config.folder());
        Baseline known = baseline();
        FindingFilter filter = new FindingFilter(known(base, only, "--only"), known(base, skip, "--skip"), known.fingerprints());
        Limits limits = limits();
        Auditor auditor = new Auditor(base, !noWaivers, asOf == null ? LocalDate.now() : asOf, limits)
                .withSeverities(config == null ? Map.of() : config.severities());
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            throw new ParameterException(spec.commandLine(), Messages.get(rules.lang, "threads"));
        }
        AuditRun.Progress progress = ProgressBar.forTerminal(System.err);
        AuditRun run = new AuditRun(auditor, InputReader.of(base, limits), filter, maxInputSize, workers, progress);
        if (config != null && !noWaivers) {
            run = run.withWaivers(config::waiversFor);
        }
        InputFiles inputs = InputFiles.expand(paths, folder, config == null ? FileFilter.ALL : config.files());
        Report report = run.run(inputs, stdin, Version.get());
        if (config != null) {
            report = report.withConfig(config.shown());
        }
        if (progress instanceof ProgressBar bar) {
            bar.finish();
        }
        List<String> audited = inputs.files().stream().map(InputFiles.Input::shown).toList();
        if (known.matchesNone(audited)) {
            warn(Messages.get(rules.lang, "baseline.none", baseline, known.someFiles()));
        }
        List<Output> targets = outputs.isEmpty() ? List.of(new Output(Output.Format.TEXT, null)) : outputs;
        try (InputResults results = report.inputs()) {
            write(report, targets);
        }
        int code = report.hasInvalidInputs() ? ExitCode.UNTRUSTED.code
                : report.fails(threshold) ? ExitCode.FINDINGS.code : ExitCode.CLEAN.code;
        if (targets.stream().allMatch(t -> t.file() != null)) {
            warn(RunSummary.line(report, targets, code, failOn, rules.lang));
        }
        return code;
    }

    /**
     * The config file's settings, where the command line does not give them: a flag always
     * wins. Paths in the config are relative to its folder; with no PATH, the config's
     * folder is audited.
     */
    private void settle(Config config) {
        ParseResult given = spec.commandLine().getParseResult();
        if (config != null) {
            if (config.failOn() != null && (given == null || !given.hasMatchedOption("--fail-on"))) {
                failOn = config.failOn();
            }
            if (outputs.isEmpty()) {
                config.formats().forEach((format, file) -> outputs.add(new Output(Output.Format.of(format), file)));
            }
            if (baseline == null) {
                baseline = config.baseline();
            }
            if (skip.isEmpty()) {
                skip = new ArrayList<>(config.skip());
            }
            if (paths.isEmpty()) {
                paths = new ArrayList<>(List.of(config.folder().toString()));
            }
        }
        if (paths.isEmpty()) {
            throw new ParameterException(spec.commandLine(), Messages.get(rules.lang, "paths.none"));
        }
    }

    private void warn(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(Messages.get(rules.lang, "prefix") + message);
        err.flush();
    }

    private void write(Report report, List<Output> targets) throws IOException {
        for (Output target : targets) {
            ReportWriter writer = writer(target);
            if (target.file() == null) {
                PrintWriter out = spec.commandLine().getOut();
                writer.write(report, rules.lang, out);
                out.flush();
            } else {
                Path parent = target.file().toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                // Straight to the file: a folder's report can be hundreds of megabytes.
                try (Writer file = Files.newBufferedWriter(target.file(), StandardCharsets.UTF_8)) {
                    writer.write(report, rules.lang, file);
                }
            }
        }
    }

    private static Set<String> trapIds(RuleBase base) {
        Set<String> ids = new HashSet<>();
        base.traps().forEach(t -> ids.add(t.id()));
        return ids;
    }

    private ReportWriter writer(Output target) {
        return switch (target.format()) {
            case TEXT -> new TextReport(target.file() == null && Terminal.colour(color));
            case JSON -> new JsonReport();
            case SARIF -> new SarifReport(reportsFolder());
            case JUNIT -> new JUnitReport();
            case MARKDOWN -> new MarkdownReport();
            case HTML -> new HtmlReport();
        };
    }

    /** The folder SARIF's relative URIs start from: the config's, else the current one (as {@link BaseFolder}). */
    private Path reportsFolder() {
        Config config = rules.configIfRead();
        return config == null ? Path.of("").toAbsolutePath() : config.folder();
    }

    private Limits limits() {
        if (maxInputSize < 0 || maxDepth < 1 || ruleTimeLimit < 1 || maxRuleFirings < 1) {
            throw new ParameterException(spec.commandLine(), Messages.get(rules.lang, "limits"));
        }
        return new Limits(maxInputSize, maxDepth, Duration.ofSeconds(ruleTimeLimit), maxRuleFirings);
    }

    private Severity threshold() {
        String value = failOn.toLowerCase(Locale.ROOT);
        if (value.equals("never")) {
            return null;
        }
        Severity s = Severity.byLabel(value);
        if (s == null) {
            throw new ParameterException(spec.commandLine(), Messages.get(rules.lang, "fail-on", failOn));
        }
        return s;
    }

    private Set<String> known(RuleBase base, List<String> ids, String option) {
        Set<String> set = new LinkedHashSet<>();
        for (String id : ids) {
            String trimmed = id.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (base.trap(trimmed).isEmpty()) {
                throw new ParameterException(spec.commandLine(), Messages.get(rules.lang, "trap.unknown", option, trimmed));
            }
            set.add(trimmed);
        }
        return set;
    }

    private Baseline baseline() {
        if (baseline == null) {
            return Baseline.NONE;
        }
        try {
            return Baseline.read(baseline, maxInputSize);
        } catch (InputError e) {
            throw new ParameterException(spec.commandLine(), "--baseline: " + e.getMessage());
        }
    }
}
