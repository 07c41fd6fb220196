package mirage.audit;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import mirage.facts.Waiver;
import mirage.facts.InputKind;
import mirage.engine.Audit;
import mirage.engine.Auditor;
import mirage.engine.TrapDefinition;
import mirage.facts.Dossier;
import mirage.input.InputError;
import mirage.input.Problem;
import mirage.input.SourceText;
import mirage.report.InputResult;
import mirage.report.InputResults;
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
    private final Function<String, List<Waiver>> extraWaivers;

    /**
     * @param threads how many inputs are audited at once; the report is the same whatever the number
     */
    public AuditRun(Auditor auditor, InputReader reader, FindingFilter filter, long maxInputSize, int threads, Progress progress) {
        this(auditor, reader, filter, maxInputSize, threads, progress, file -> List.of());
    }

    private AuditRun(Auditor auditor, InputReader reader, FindingFilter filter, long maxInputSize, int threads, Progress progress,
            Function<String, List<Waiver>> extraWaivers) {
        this.extraWaivers = extraWaivers;
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
     * The same run, adding to each input's own waivers those given elsewhere for it (the
     * config file's, by the input's name in reports): they are then checked and applied
     * exactly as the input's own.
     */
    public AuditRun withWaivers(Function<String, List<Waiver>> waiversOf) {
        return new AuditRun(auditor, reader, filter, maxInputSize, threads, progress, waiversOf);
    }

    /**
     * Profiles are read first: a text file found in a folder that a profile names as one of
     * its documents is that profile's document, not a charter, and is listed as skipped.
     * When there are other files than profiles, the charters' recognition rules start
     * loading at once, on a thread of their own.
     * Each result goes to the report's store as soon as it is made (a folder's results are
     * kept in a temporary file, see {@link InputResults}); the report is in the order of the
     * inputs whatever the order of work.
     */
    public Report run(InputFiles inputs, InputStream stdin, String version) {
        List<TrapDefinition> catalogue = List.copyOf(auditor.traps());
        int first = inputs.problems().size();
        InputResults.Builder results = new InputResults.Builder(first + inputs.files().size(), catalogue);
        for (int i = 0; i < first; i++) {
            Problem problem = inputs.problems().get(i);
            results.put(i, InputResult.invalid(problem.file(), InputReader.kindOf(problem.file()), List.of(problem)));
        }
        List<Integer> profiles = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < inputs.files().size(); i++) {
            InputFiles.Input input = inputs.files().get(i);
            (input.stdin() || InputReader.kindOf(input.shown()) == InputKind.PROFILE ? profiles : others).add(i);
        }
        if (!others.isEmpty()) {
            auditor.rules().prepareRecognition();
        }
        AtomicInteger done = new AtomicInteger();
        int total = inputs.files().size();
        Set<Path> documents = ConcurrentHashMap.newKeySet();
        auditAll(inputs.files(), profiles, stdin, (i, audited) -> {
            results.put(first + i, audited.result());
            documents.addAll(audited.documents());
            progress.advance(done.incrementAndGet(), total);
        });
        List<String> skipped = new ArrayList<>(inputs.skipped());
        List<Integer> charters = new ArrayList<>();
        for (int i : others) {
            InputFiles.Input input = inputs.files().get(i);
            if (!input.named() && documents.contains(input.path().toAbsolutePath().normalize())) {
                skipped.add(input.shown());
                progress.advance(done.incrementAndGet(), total);
            } else {
                charters.add(i);
            }
        }
        auditAll(inputs.files(), charters, stdin, (i, result) -> {
            results.put(first + i, result.result());
            progress.advance(done.incrementAndGet(), total);
        });
        skipped.sort(null);
        Set<String> checked = new HashSet<>();
        catalogue.stream().filter(t -> filter.selects(t.id())).forEach(t -> checked.add(t.id()));
        return new Report(version, auditor.rules().digest(), catalogue, checked, results.build(), skipped);
    }

    /** An input's result, and the document files it names, resolved from its folder. */
    private record Audited(InputResult result, List<Path> documents) {}

    /** Audits the inputs at {@code which} on {@code threads} threads, handing each result on as it is made. */
    private void auditAll(List<InputFiles.Input> inputs, List<Integer> which, InputStream stdin,
            BiConsumer<Integer, Audited> done) {
        if (threads == 1 || which.size() < 2) {
            for (int i : which) {
                done.accept(i, audit(inputs.get(i), stdin));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "mirage-audit");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i : which) {
                futures.add(pool.submit(() -> done.accept(i, audit(inputs.get(i), stdin))));
            }
            for (Future<?> future : futures) {
                future.get();
            }
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

    private Audited audit(InputFiles.Input input, InputStream stdin) {
        try {
            SourceText source = input.stdin()
                    ? SourceText.read(stdin, input.shown(), maxInputSize)
                    : SourceText.read(input.path(), input.shown(), maxInputSize);
            Path folder = input.stdin() || input.path().toAbsolutePath().getParent() == null
                    ? Path.of(".") : input.path().toAbsolutePath().getParent();
            Dossier dossier = input.stdin()
                    ? reader.read(source, folder, InputKind.PROFILE, false)
                    : reader.read(source, folder);
            List<Waiver> extra = input.stdin() ? List.of() : extraWaivers.apply(input.shown());
            if (!extra.isEmpty()) {
                List<Waiver> all = new ArrayList<>(dossier.waivers());
                all.addAll(extra);
                dossier = new Dossier(dossier.file(), dossier.kind(), dossier.organisation(), dossier.bodies(), dossier.proposals(),
                        dossier.decisions(), dossier.contributions(), dossier.documents(), all);
            }
            Audit audit = auditor.audit(dossier);
            List<Path> documents = input.stdin() ? List.of() : dossier.documents().stream()
                    .map(d -> d.file()).filter(f -> f != null).map(f -> folder.resolve(f).normalize()).toList();
            return new Audited(InputResult.audited(filter.apply(audit).slim(), filter.known(audit)), documents);
        } catch (InputError e) {
            return new Audited(InputResult.invalid(input.shown(), InputReader.kindOf(input.shown()), e.problems()), List.of());
        }
    }
}
