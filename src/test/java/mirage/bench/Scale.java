package mirage.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mirage.engine.Auditor;
import mirage.engine.CacheFolders;
import mirage.engine.RuleBase;
import mirage.engine.RuleFolder;
import mirage.facts.AnswerDuty;
import mirage.facts.Author;
import mirage.facts.Body;
import mirage.facts.Dossier;
import mirage.facts.Framing;
import mirage.facts.InputKind;
import mirage.facts.Organisation;
import mirage.facts.Origin;
import mirage.facts.Origins;
import mirage.facts.Outcome;
import mirage.facts.Power;
import mirage.facts.Proposal;
import mirage.facts.Representatives;
import mirage.facts.Seats;
import mirage.facts.Selection;
import mirage.facts.Mandate;
import mirage.facts.Model;
import mirage.input.Limits;

/**
 * One profile with {@code n} facts (a tenth bodies, the rest proposals): the time to insert
 * them and fire the catalogue, and the peak memory. Run in a JVM of its own per size.
 */
public final class Scale {

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        RuleBase rules = RuleBase.load(List.of(RuleFolder.builtIn()), CacheFolders.standard());
        // A million facts make millions of matches: the runaway budget is raised as a user would (--max-rule-firings).
        Limits limits = new Limits(Limits.DEFAULT.maxInputSize(), Limits.DEFAULT_DEPTH, Duration.ofMinutes(10), Long.MAX_VALUE);
        Auditor auditor = new Auditor(rules, false, LocalDate.of(2026, 1, 1), limits);
        // Warm the rules on a small profile first, so the figure is the work, not the JIT.
        auditor.audit(dossier(1000));
        Dossier big = dossier(n);
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        int findings = auditor.audit(big).findings().size();
        long nanos = System.nanoTime() - start;
        System.out.printf("facts=%d insert+fire=%.2fs heap-peak=%dMiB rss-peak=%dMiB findings=%d%n", n, nanos / 1e9,
                heapPeak() >> 20, rssPeakKb() >> 10, findings);
    }

    public static Dossier dossier(int n) {
        Origin at = Origin.field("scale.yaml", 1, 1);
        Origins origins = Origins.of(at);
        int bodies = Math.max(1, n / 10);
        List<Body> list = new ArrayList<>(bodies);
        for (int b = 0; b < bodies; b++) {
            Power power = Power.values()[b % Power.values().length];
            Representatives reps = new Representatives(Selection.values()[b % Selection.values().length],
                    b % 2 == 0 ? Mandate.FREE : Mandate.IMPERATIVE, b % 3 == 0, false, Set.of(), Set.of(), null);
            list.add(new Body("b" + b, "Body " + b, null, null, power, false, null, new Seats(b % 7, 12, b % 3, null),
                    null, null, b % 2 == 0, b % 4 == 0, null, AnswerDuty.values()[b % 3], null, null,
                    Set.of(Framing.values()[b % Framing.values().length]), reps, null, origins));
        }
        List<Proposal> proposals = new ArrayList<>(n - bodies);
        for (int p = 0; p < n - bodies; p++) {
            proposals.add(new Proposal("p" + p, "b" + (p % bodies), Author.USERS, null,
                    Outcome.values()[p % Outcome.values().length], p % 2 == 0, null, null, null, origins));
        }
        Organisation org = new Organisation("Scale", "FR", null, Model.PUBLIC_SERVICE, null, null, null, origins);
        return new Dossier("scale.yaml", InputKind.PROFILE, org, list, proposals, List.of(), List.of(), List.of(), List.of());
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap's peak. */
    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long rssPeakKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D+", ""));
            }
        }
        return 0;
    }
}
