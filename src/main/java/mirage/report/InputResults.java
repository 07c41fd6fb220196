package mirage.report;

import java.io.Closeable;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mirage.engine.Finding;
import mirage.engine.Severity;
import mirage.engine.TrapDefinition;

/**
 * The results of a run's inputs, in the run's order. A few are kept in memory; for a run of
 * more than {@link #SPILL_AFTER} inputs each result goes to a temporary file as soon as it
 * is audited, and stays in memory only softly: while the heap has room a report reads it
 * from memory, and once the collector has reclaimed it, from the file. So a folder of any
 * size is audited in the same heap. What stays in memory for sure of each input is its file
 * name; the counts every report prints (findings by severity, waived, known, invalid
 * inputs) are kept as totals.
 */
public final class InputResults extends AbstractList<InputResult> implements Closeable {

    /** Runs of more inputs than this keep their results in a temporary file. */
    public static final int SPILL_AFTER = 200;

    private final List<String> files;
    private final int[] positions;
    private final List<InputResult> kept;
    private final ResultSpill spill;
    private final SoftReference<InputResult>[] recent;
    private final Totals totals;

    private InputResults(List<String> files, int[] positions, List<InputResult> kept, ResultSpill spill,
            SoftReference<InputResult>[] recent, Totals totals) {
        this.files = files;
        this.positions = positions;
        this.kept = kept;
        this.spill = spill;
        this.recent = recent;
        this.totals = totals;
    }

    /** Results kept in memory, in this order. */
    public static InputResults of(List<InputResult> results) {
        Builder builder = new Builder(results.size(), List.of(), Integer.MAX_VALUE);
        for (int i = 0; i < results.size(); i++) {
            builder.put(i, results.get(i));
        }
        return builder.build();
    }

    @Override
    public int size() {
        return files.size();
    }

    @Override
    public InputResult get(int index) {
        if (spill == null) {
            return kept.get(index);
        }
        InputResult result = recent[index] == null ? null : recent[index].get();
        if (result == null) {
            result = spill.get(positions[index]);
            recent[index] = new SoftReference<>(result);
        }
        return result;
    }

    /** The inputs by file name: the order of a report's findings. Read one at a time, as the stream is. */
    public Stream<InputResult> byFile() {
        int[] byName = IntStream.range(0, size()).boxed()
                .sorted(Comparator.comparing(files::get))
                .mapToInt(Integer::intValue)
                .toArray();
        // No sorting step in the stream itself: it would read every result before the first.
        return Arrays.stream(byName).mapToObj(this::get);
    }

    /** Every finding, by file, line, trap and subject; read input by input. */
    public Stream<Finding> findings() {
        return byFile().filter(InputResult::valid).flatMap(input -> input.audit().findings().stream()
                .sorted(Comparator.comparingInt((Finding f) -> f.hit().at().line())
                        .thenComparing(f -> f.trap().id())
                        .thenComparing(f -> f.hit().subject())));
    }

    public int findingCount() {
        return totals.findings;
    }

    /** Findings by severity, waived ones included. */
    public Map<Severity, Integer> bySeverity() {
        return Collections.unmodifiableMap(totals.bySeverity);
    }

    public int waived() {
        return totals.waived;
    }

    /** Findings an earlier report already had ({@code --baseline}). */
    public int known() {
        return totals.known;
    }

    public int invalid() {
        return totals.invalid;
    }

    /** The most severe unwaived finding's severity, or null. */
    public Severity worstUnwaived() {
        return totals.worstUnwaived;
    }

    /** Whether the results are kept in a temporary file. */
    boolean spilled() {
        return spill != null;
    }

    /** Drops the results held in memory, as the collector does when the heap is short (for tests). */
    void forgetRecent() {
        Arrays.fill(recent, null);
    }

    /** Deletes the temporary file, if there is one. */
    @Override
    public void close() throws IOException {
        if (spill != null) {
            spill.close();
        }
    }

    /**
     * Gathers results by position (the order of the run), from any thread. Positions left
     * empty (inputs skipped) are left out.
     */
    public static final class Builder {
        private final String[] files;
        private final InputResult[] kept;
        private final ResultSpill spill;
        private final SoftReference<InputResult>[] recent;
        private final Totals totals = new Totals();

        /**
         * @param positions  how many results may come
         * @param catalogue  the traps the results' findings refer to
         * @param spillAfter above this many positions, results go to a temporary file
         */
        public Builder(int positions, Collection<TrapDefinition> catalogue, int spillAfter) {
            files = new String[positions];
            boolean spilled = positions > spillAfter;
            kept = spilled ? null : new InputResult[positions];
            spill = spilled ? new ResultSpill(positions, catalogue) : null;
            recent = softArray(spilled ? positions : 0);
        }

        public Builder(int positions, Collection<TrapDefinition> catalogue) {
            this(positions, catalogue, SPILL_AFTER);
        }

        public void put(int position, InputResult result) {
            if (spill != null) {
                spill.put(position, ResultSpill.encode(result));
            }
            synchronized (this) {
                files[position] = result.file();
                if (kept != null) {
                    kept[position] = result;
                } else {
                    recent[position] = new SoftReference<>(result);
                }
                totals.add(result);
            }
        }

        public synchronized InputResults build() {
            List<String> names = new ArrayList<>();
            List<InputResult> results = new ArrayList<>();
            int[] order = new int[files.length];
            SoftReference<InputResult>[] inOrder = softArray(recent.length);
            for (int position = 0; position < files.length; position++) {
                if (files[position] != null) {
                    if (spill != null) {
                        inOrder[names.size()] = recent[position];
                    }
                    order[names.size()] = position;
                    names.add(files[position]);
                    if (kept != null) {
                        results.add(kept[position]);
                    }
                }
            }
            return new InputResults(List.copyOf(names), Arrays.copyOf(order, names.size()),
                    kept == null ? null : Collections.unmodifiableList(results), spill, inOrder, totals);
        }

        @SuppressWarnings("unchecked")
        private static SoftReference<InputResult>[] softArray(int length) {
            return (SoftReference<InputResult>[]) new SoftReference<?>[length];
        }
    }

    /** The counts of a run's findings, added input by input. */
    private static final class Totals {
        int findings;
        final Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        int waived;
        int known;
        int invalid;
        Severity worstUnwaived;

        void add(InputResult result) {
            known += result.known().size();
            if (!result.valid()) {
                invalid++;
                return;
            }
            for (Finding f : result.audit().findings()) {
                findings++;
                bySeverity.merge(f.severity(), 1, Integer::sum);
                if (f.waived()) {
                    waived++;
                } else if (worstUnwaived == null || f.severity().atLeast(worstUnwaived)) {
                    worstUnwaived = f.severity();
                }
            }
        }
    }
}
