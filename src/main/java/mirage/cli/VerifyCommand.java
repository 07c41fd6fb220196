package mirage.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import mirage.audit.InputReader;
import mirage.cases.Case;
import mirage.cases.CaseFile;
import mirage.cases.CaseResult;
import mirage.cases.CaseRunner;
import mirage.cases.CatalogueCheck;
import mirage.engine.Auditor;
import mirage.engine.RuleBase;
import mirage.engine.RuleFile;
import mirage.engine.RuleFolder;
import mirage.vetting.RuleVetting;
import mirage.input.InputError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mirage verify}: run the case files of rule folders. */
@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = Version.class, description = {"Run the case files of rule folders (the built-in catalogue by default) and report pass or fail per case.",
        "Also checks that every rule has its case file, and every trap a case that fires it and one that must not."})
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "DIR", descriptionKey = "DIR", description = "Rule folders to verify; they are loaded on top of the built-in catalogue.")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--trust-rules", description = "Compile the folders as they are, without vetting them (see audit --help).")
    boolean trustRules;

    @Option(names = {"-q", "--quiet"}, description = "Print only failures and the summary.")
    boolean quiet;

    @Override
    public Integer call() throws InputError {
        List<RuleFolder> all = new ArrayList<>();
        all.add(RuleFolder.builtIn());
        List<RuleFolder> verified = new ArrayList<>();
        for (Path dir : dirs) {
            RuleFolder folder = RuleFolder.of(dir);
            verified.add(trustRules ? folder : RuleVetting.vetted(folder));
        }
        all.addAll(verified);
        if (verified.isEmpty()) {
            verified.add(all.get(0));
        }
        RuleBase base = RuleBase.load(all);
        // Waivers in cases are checked against a fixed day, so that cases do not expire.
        CaseRunner runner = new CaseRunner(new Auditor(base, true, LocalDate.of(2026, 1, 1)),
                InputReader.of(base));
        PrintWriter out = spec.commandLine().getOut();
        int cases = 0;
        int failed = 0;
        for (RuleFolder folder : verified) {
            for (RuleFile file : folder.cases()) {
                for (Case kase : CaseFile.read(file)) {
                    cases++;
                    CaseResult result = runner.run(kase);
                    if (result.passed()) {
                        if (!quiet) {
                            out.println("PASS  " + kase.title());
                        }
                    } else {
                        failed++;
                        out.println("FAIL  " + kase.title() + "  (" + kase.file() + ":" + kase.line() + ")");
                        result.failures().forEach(f -> out.println("      " + f));
                    }
                }
            }
        }
        List<String> problems = CatalogueCheck.problems(base, verified);
        problems.forEach(p -> out.println("FAIL  " + p));
        out.printf("%d case(s), %d failed; %d catalogue problem(s)%n", cases, failed, problems.size());
        out.flush();
        return failed == 0 && problems.isEmpty() ? ExitCode.CLEAN.code : ExitCode.FINDINGS.code;
    }
}
