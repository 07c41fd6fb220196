package mirage.audit;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mirage.facts.InputKind;
import mirage.engine.Audit;
import mirage.engine.Auditor;
import mirage.engine.TrapDefinition;
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

    /**
     * Profiles are read first: a text file found in a folder that a profile names as one of
     * its documents is that profile's document, not a charter, and is listed as skipped.
     */
    public Report run(InputFiles inputs, InputStream stdin, String version) {
        List<InputResult> results = new ArrayList<>();
        for (Problem problem : inputs.problems()) {
            results.add(InputResult.invalid(problem.file(), InputReader.kindOf(problem.file()), List.of(problem)));
        }
        Map<InputFiles.Input, InputResult> done = new HashMap<>();
        Set<Path> documents = new HashSet<>();
        for (InputFiles.Input input : inputs.files()) {
            if (input.stdin() || InputReader.kindOf(input.shown()) == InputKind.PROFILE) {
                InputResult result = audit(input, stdin);
                done.put(input, result);
                documents.addAll(documentsOf(input, result));
            }
        }
        List<String> skipped = new ArrayList<>(inputs.skipped());
        for (InputFiles.Input input : inputs.files()) {
            InputResult result = done.get(input);
            if (result == null && !input.named() && documents.contains(input.path().toAbsolutePath().normalize())) {
                skipped.add(input.shown());
                continue;
            }
            results.add(result != null ? result : audit(input, stdin));
        }
        skipped.sort(null);
        List<TrapDefinition> catalogue = List.copyOf(auditor.rules().traps());
        Set<String> checked = new HashSet<>();
        catalogue.stream().filter(t -> filter.selects(t.id())).forEach(t -> checked.add(t.id()));
        return new Report(version, auditor.rules().digest(), catalogue, checked, results, skipped);
    }

    /** The files a profile names as its documents, resolved from the profile's folder. */
    private static List<Path> documentsOf(InputFiles.Input input, InputResult result) {
        if (!result.valid() || input.stdin()) {
            return List.of();
        }
        Path folder = input.path().toAbsolutePath().getParent();
        return result.audit().dossier().documents().stream()
                .filter(d -> d.file() != null)
                .map(d -> folder.resolve(d.file()).normalize())
                .toList();
    }

    private InputResult audit(InputFiles.Input input, InputStream stdin) {
        try {
            SourceText source = input.stdin()
                    ? SourceText.read(stdin, input.shown(), maxInputSize)
                    : SourceText.read(input.path(), input.shown(), maxInputSize);
            Path folder = input.stdin() || input.path().toAbsolutePath().getParent() == null
                    ? Path.of(".") : input.path().toAbsolutePath().getParent();
            Dossier dossier = input.stdin()
                    ? reader.read(source, folder, InputKind.PROFILE, false)
                    : reader.read(source, folder);
            Audit audit = auditor.audit(dossier);
            return InputResult.audited(filter.apply(audit), filter.known(audit));
        } catch (InputError e) {
            return InputResult.invalid(input.shown(), InputReader.kindOf(input.shown()), e.problems());
        }
    }
}
