package mirage.audit;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mirage.engine.Audit;
import mirage.engine.Auditor;
import mirage.facts.Dossier;
import mirage.input.InputError;
import mirage.input.Problem;
import mirage.input.SourceText;
import mirage.report.InputResult;
import mirage.report.Report;

/**
 * One {@code audit} over many inputs: each file read, audited and filtered on its own, so an
 * invalid file is reported as such while the others are still audited.
 */
public final class AuditRun {

    private final Auditor auditor;
    private final InputReader reader;
    private final FindingFilter filter;
    private final long maxInputSize;

    public AuditRun(Auditor auditor, InputReader reader, FindingFilter filter, long maxInputSize) {
        this.auditor = auditor;
        this.reader = reader;
        this.filter = filter;
        this.maxInputSize = maxInputSize;
    }

    public Report run(InputFiles inputs, InputStream stdin, String version) {
        List<InputResult> results = new ArrayList<>();
        for (Problem problem : inputs.problems()) {
            results.add(InputResult.invalid(problem.file(), InputReader.kindOf(problem.file()), List.of(problem)));
        }
        for (InputFiles.Input input : inputs.files()) {
            results.add(audit(input, stdin));
        }
        return new Report(version, auditor.rules().digest(), results, inputs.skipped());
    }

    private InputResult audit(InputFiles.Input input, InputStream stdin) {
        try {
            SourceText source = input.stdin()
                    ? SourceText.read(stdin, input.shown(), maxInputSize)
                    : SourceText.read(input.path(), input.shown(), maxInputSize);
            Path folder = input.stdin() || input.path().toAbsolutePath().getParent() == null
                    ? Path.of(".") : input.path().toAbsolutePath().getParent();
            Dossier dossier = input.stdin()
                    ? reader.read(source, folder, mirage.facts.InputKind.PROFILE, false)
                    : reader.read(source, folder);
            Audit audit = auditor.audit(dossier);
            return InputResult.audited(filter.apply(audit));
        } catch (InputError e) {
            return InputResult.invalid(input.shown(), InputReader.kindOf(input.shown()), e.problems());
        }
    }
}
