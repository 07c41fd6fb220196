package mirage.audit;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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

    /** Told of each input done, from any thread. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void advance(int done, int total);
    }

    private final Auditor auditor;
    private final InputReader reader;
    private final FindingFilter filter;
    private final long maxInputSize;
    private final int threads;
    private final Progress progress;

    /**
     * @param threads how many inputs are audited at once; the report is the same whatever the number
     */
    public AuditRun(Auditor auditor, InputReader reader, FindingFilter filter, long maxInputSize, int threads, Progress progress) {
        this.auditor = auditor;
        this.reader = reader;
        this.filter = filter;
        this.maxInputSize = maxInputSize;
        this.threads = Math.max(1, threads);
        this.progress = progress;
    }

    public AuditRun(Auditor auditor, InputReader reader, FindingFilter filter, long maxInputSize) {
        this(auditor, reader, filter, maxInputSize, 1, Progress.NONE);
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
        List<InputFiles.Input> profiles = inputs.files().stream()
                .filter(i -> i.stdin() || InputReader.kindOf(i.shown()) == InputKind.PROFILE).toList();
        AtomicInteger done = new AtomicInteger();
        int total = inputs.files().size();
        Map<InputFiles.Input, InputResult> audited = new HashMap<>(auditAll(profiles, stdin, done, total));
        Set<Path> documents = new HashSet<>();
        for (InputFiles.Input input : profiles) {
            documents.addAll(documentsOf(input, audited.get(input)));
        }
        List<String> skipped = new ArrayList<>(inputs.skipped());
        List<InputFiles.Input> charters = new ArrayList<>();
        for (InputFiles.Input input : inputs.files()) {
            if (audited.containsKey(input)) {
                continue;
            }
            if (!input.named() && documents.contains(input.path().toAbsolutePath().normalize())) {
                skipped.add(input.shown());
                progress.advance(done.incrementAndGet(), total);
            } else {
                charters.add(input);
            }
        }
        audited.putAll(auditAll(charters, stdin, done, total));
        for (InputFiles.Input input : inputs.files()) {
            InputResult result = audited.get(input);
            if (result != null) {
                results.add(result);
            }
        }
        skipped.sort(null);
        List<TrapDefinition> catalogue = List.copyOf(auditor.rules().traps());
        Set<String> checked = new HashSet<>();
        catalogue.stream().filter(t -> filter.selects(t.id())).forEach(t -> checked.add(t.id()));
        return new Report(version, auditor.rules().digest(), catalogue, checked, results, skipped);
    }

    /** Audits inputs on {@code threads} threads; the results come back by input, whatever the order of work. */
    private Map<InputFiles.Input, InputResult> auditAll(List<InputFiles.Input> inputs, InputStream stdin,
            AtomicInteger done, int total) {
        Map<InputFiles.Input, InputResult> results = new HashMap<>();
        if (threads == 1 || inputs.size() < 2) {
            for (InputFiles.Input input : inputs) {
                results.put(input, audit(input, stdin));
                progress.advance(done.incrementAndGet(), total);
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "mirage-audit");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<InputResult>> futures = new ArrayList<>();
            for (InputFiles.Input input : inputs) {
                futures.add(pool.submit(() -> {
                    InputResult result = audit(input, stdin);
                    progress.advance(done.incrementAndGet(), total);
                    return result;
                }));
            }
            for (int i = 0; i < inputs.size(); i++) {
                results.put(inputs.get(i), futures.get(i).get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The files a profile names as its documents, resolved from the profile's folder. */
    private static List<Path> documentsOf(InputFiles.Input input, InputResult result) {
        if (!result.valid() || input.stdin()) {
            return List.of();
        }
        Path folder = input.path().toAbsolutePath().getParent();
        return result.documents().stream().map(d -> folder.resolve(d).normalize()).toList();
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
            List<String> documents = dossier.documents().stream().map(d -> d.file()).filter(f -> f != null).toList();
            return InputResult.audited(filter.apply(audit).slim(), documents, filter.known(audit));
        } catch (InputError e) {
            return InputResult.invalid(input.shown(), InputReader.kindOf(input.shown()), e.problems());
        }
    }
}
