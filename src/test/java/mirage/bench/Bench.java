package mirage.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import mirage.audit.AuditRun;
import mirage.audit.FindingFilter;
import mirage.audit.InputFiles;
import mirage.audit.InputReader;
import mirage.engine.Auditor;
import mirage.engine.CacheFolders;
import mirage.engine.RuleBase;
import mirage.engine.RuleFile;
import mirage.engine.RuleFolder;
import mirage.facts.Dossier;
import mirage.input.SourceText;

/**
 * Mirage's benchmark: cold runs against the JVM floor, the rules-changed path, batch
 * throughput, the rules against a plain-Java reference, growth with a profile's size, and a
 * 500-page charter. Run by {@code bench/run}, after {@code mvn package}; never by the tests,
 * and it asserts nothing: it prints figures, measured in one run on one machine. Arguments:
 * {@code --quick} (fewer repeats, smaller sizes) and the names of the sections to run
 * (cold, rules-changed, batch, memory, structural, scale, charter; all when none is named).
 */
public final class Bench {

    static final Path TARGET = Path.of("target");
    static final Path JAR = TARGET.resolve("mirage.jar");
    static final Path LAUNCHER = TARGET.resolve("mirage");
    /** The launcher's flags for one file (see src/main/launcher/mirage). */
    static final List<String> FLAGS = List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
            "-XX:SharedArchiveFile=" + TARGET.resolve("mirage.jsa"), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /** The heap the memory section gives every folder, whatever its size. */
    static final String FOLDER_HEAP = "96m";

    private final int repeats;
    private final StringBuilder table = new StringBuilder();

    Bench(int repeats) {
        this.repeats = repeats;
    }

    public static void main(String[] args) throws Exception {
        boolean quick = Arrays.asList(args).contains("--quick");
        List<String> sections = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        Predicate<String> run = section -> sections.isEmpty() || sections.contains(section);
        Bench bench = new Bench(quick ? 3 : 9);
        if (run.test("cold")) {
            bench.cold();
        }
        if (run.test("rules-changed")) {
            bench.rulesChanged();
        }
        if (run.test("batch")) {
            bench.batch(quick ? 2000 : 10_000);
        }
        if (run.test("memory")) {
            bench.memory(quick ? 2000 : 10_000);
        }
        if (run.test("structural")) {
            bench.structural(quick ? 2000 : 10_000);
        }
        if (run.test("scale")) {
            bench.scale(quick ? List.of(10_000, 100_000) : List.of(10_000, 100_000, 1_000_000));
        }
        if (run.test("charter")) {
            bench.charter(500);
        }
        System.out.println();
        System.out.println("| measure | figure |");
        System.out.println("|---|---|");
        System.out.print(bench.table);
    }

    void row(String measure, String figure) {
        table.append("| ").append(measure).append(" | ").append(figure).append(" |\n");
        System.out.println(measure + ": " + figure);
    }

    /** 1. A cold audit of one sample, against a main that does nothing, same jar, same flags. */
    void cold() throws Exception {
        List<String> floor = java(FLAGS, "-cp", JAR.toString(), "mirage.cli.JvmFloor");
        List<String> audit = List.of(LAUNCHER.toString(), "audit", "--fail-on", "never", "sample-facts/hockey-mineur.yaml");
        List<String> plain = java(List.of(), "-jar", JAR.toString(), "audit", "--fail-on", "never", "sample-facts/hockey-mineur.yaml");
        List<String> uncached = java(List.of(), "-jar", JAR.toString(), "audit", "--no-cache", "--fail-on", "never",
                "sample-facts/hockey-mineur.yaml");
        List<String> version = List.of(LAUNCHER.toString(), "--version");
        double[] f = new double[repeats];
        double[] a = new double[repeats];
        double[] p = new double[repeats];
        double[] v = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            f[i] = seconds(floor);
            a[i] = seconds(audit);
            p[i] = seconds(plain);
            v[i] = seconds(version);
        }
        double u = seconds(uncached);
        row("JVM floor (JvmFloor, launcher flags)", s(median(f)));
        row("cold audit, one profile (launcher)", s(median(a)) + " = " + x(median(a) / median(f)) + " the floor");
        row("cold audit, one profile (java -jar, precompiled rules)", s(median(p)) + " = " + x(median(p) / median(f)));
        row("cold audit, one profile (java -jar --no-cache: rules compiled at run time)", s(u) + " = " + x(u / median(f)));
        row("--version (launcher)", s(median(v)));
    }

    /** 2. A cold audit after a user added one rule: the catalogue is precompiled, the new rule is not. */
    void rulesChanged() throws Exception {
        Path dir = Files.createTempDirectory("mirage-rules");
        Files.writeString(dir.resolve("seat-without-vote.drl"), """
                package custom;
                import mirage.facts.*;
                import mirage.engine.Hits;
                rule "seat-without-vote"
                    @id("seat-without-vote") @severity("low") @family("custom")
                    @title_en("t") @title_fr("t") @meaning_en("m") @meaning_fr("m") @fires_en("f") @fires_fr("f")
                    @quote_fr("« q »") @quote_en("q") @remedy_en("r") @remedy_fr("r") @evidence_en("{0}") @evidence_fr("{0}")
                when
                    $b : Body( power == Power.NONE )
                then
                    insert(Hits.body(drools, $b, "power", $b.power()));
                end
                """);
        double[] t = new double[Math.max(3, repeats / 2)];
        for (int i = 0; i < t.length; i++) {
            t[i] = seconds(List.of(LAUNCHER.toString(), "audit", "--rules", dir.toString(), "--fail-on", "never",
                    "sample-facts/hockey-mineur.yaml"));
        }
        row("cold audit after adding one .drl (--rules)", s(median(t)));
    }

    /** 3. A folder of generated profiles, whole process; and the same work warm, in process. */
    void batch(int n) throws Exception {
        Path dir = Files.createTempDirectory("mirage-batch");
        new ProfileGenerator(1).writeFolder(dir, n);
        double whole = seconds(List.of(LAUNCHER.toString(), "audit", "--fail-on", "never", "-f", "json=/dev/null", dir.toString()));
        row("batch, whole process, " + n + " profiles (2 threads)", String.format(Locale.ROOT, "%.1f s, %.0f profiles/s", whole, n / whole));
        RuleBase rules = RuleBase.load(List.of(RuleFolder.builtIn()), CacheFolders.standard());
        Auditor auditor = new Auditor(rules, false, LocalDate.of(2026, 1, 1));
        for (int threads : List.of(1, 2)) {
            AuditRun run = new AuditRun(auditor, InputReader.of(rules), FindingFilter.ALL, SourceText.DEFAULT_LIMIT, threads, AuditRun.Progress.NONE);
            InputFiles files = InputFiles.expand(List.of(dir.toString()));
            run.run(files, System.in, "bench");
            long start = System.nanoTime();
            run.run(files, System.in, "bench");
            double secs = (System.nanoTime() - start) / 1e9;
            row("batch, in process and warm, " + threads + " thread(s)", String.format(Locale.ROOT, "%.0f profiles/s", n / secs));
        }
        whereTheTimeGoes(rules, auditor, dir, n);
    }

    /**
     * 3b. Memory as a folder grows: the same heap ({@link #FOLDER_HEAP}) for n and 4n
     * generated profiles, whole process, with a JSON report; a run that does not fit stops
     * with exit 2 and is reported as such.
     */
    void memory(int n) throws Exception {
        Path dir = Files.createTempDirectory("mirage-memory");
        ProfileGenerator generator = new ProfileGenerator(3);
        for (int size : List.of(n, 4 * n)) {
            generator.writeFolder(dir, size);
            List<String> audit = java(List.of("-Xmx" + FOLDER_HEAP), "-jar", JAR.toString(), "audit", "--fail-on", "never",
                    "-f", "json=/dev/null", dir.toString());
            String figure;
            try {
                double secs = seconds(audit);
                figure = String.format(Locale.ROOT, "passes in %.0f s (%.0f profiles/s)", secs, size / secs);
            } catch (IllegalStateException e) {
                figure = "does not fit: " + e.getMessage().lines().reduce((a, b) -> b).orElse("");
            }
            row("folder of " + size + " profiles, heap -Xmx" + FOLDER_HEAP + ", JSON report", figure);
        }
    }

    /** One thread, warm: reading the profiles (of which the YAML parser alone), then the rules. */
    void whereTheTimeGoes(RuleBase rules, Auditor auditor, Path dir, int n) throws Exception {
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        InputReader reader = InputReader.of(rules);
        YAMLFactory yaml = new YAMLFactory();
        double parse = 0;
        double read = 0;
        double audit = 0;
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            for (String text : texts) {
                try (JsonParser parser = yaml.createParser(text)) {
                    while (parser.nextToken() != null) {
                        parser.getText();
                    }
                }
            }
            parse = n / ((System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            List<Dossier> dossiers = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                dossiers.add(reader.read(new SourceText("p" + i + ".yaml", texts.get(i)), dir));
            }
            read = n / ((System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            for (Dossier d : dossiers) {
                auditor.audit(d);
            }
            audit = n / ((System.nanoTime() - start) / 1e9);
        }
        row("batch, one thread: YAML parser alone (Jackson/SnakeYAML tokens)", String.format(Locale.ROOT, "%.0f profiles/s", parse));
        row("batch, one thread: reading (YAML to checked facts)", String.format(Locale.ROOT, "%.0f profiles/s", read));
        row("batch, one thread: rules (a pooled session per profile)", String.format(Locale.ROOT, "%.0f profiles/s", audit));
    }

    /** 4. The structural traps (section A): the rules alone against the plain-Java reference. */
    void structural(int n) throws Exception {
        RuleFolder all = RuleFolder.builtIn();
        // The structural traps, and the community model that suspends them.
        List<RuleFile> structure = all.files().stream()
                .filter(f -> f.path().startsWith("structure/") || f.path().startsWith("exceptions/community-model")).toList();
        RuleBase rules = RuleBase.load(List.of(new RuleFolder("structure", structure)),
                CacheFolders.at(Files.createTempDirectory("mirage-structure")));
        Auditor auditor = new Auditor(rules, false, LocalDate.of(2026, 1, 1));
        InputReader reader = InputReader.of(rules);
        ProfileGenerator generator = new ProfileGenerator(2);
        List<Dossier> dossiers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            dossiers.add(reader.read(new SourceText("g" + i + ".yaml", generator.next(i)), Path.of(".")));
        }
        double rulesRate = 0;
        double javaRate = 0;
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            int found = 0;
            for (Dossier d : dossiers) {
                found += (int) auditor.audit(d).findings().stream().filter(f -> f.trap().family().equals("structure")).count();
            }
            rulesRate = n / ((System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            int reference = 0;
            for (Dossier d : dossiers) {
                reference += StructuralReference.findings(d).size();
            }
            javaRate = n / ((System.nanoTime() - start) / 1e9);
            if (found != reference) {
                throw new IllegalStateException("rules found " + found + ", the reference " + reference);
            }
        }
        row("structural traps, rules (one session per profile, warm)", String.format(Locale.ROOT, "%.0f profiles/s", rulesRate));
        row("structural traps, plain-Java reference", String.format(Locale.ROOT, "%.0f profiles/s (rules at %.2f of it)",
                javaRate, rulesRate / javaRate));
    }

    /** 5. One profile of n facts: insert and fire, peak memory, in a JVM of its own per size. */
    void scale(List<Integer> sizes) throws Exception {
        String classpath = System.getProperty("java.class.path");
        for (int n : sizes) {
            List<String> command = java(List.of("-Xmx6g"), "-cp", classpath, "mirage.bench.Scale", String.valueOf(n));
            String figure;
            try {
                figure = output(command).strip();
            } catch (IllegalStateException e) {
                figure = "failed: " + e.getMessage().lines().filter(l -> l.contains("Error") || l.contains("error")).findFirst().orElse("see the log");
            }
            row("one profile of " + n + " facts", figure);
        }
    }

    /** The issue-3 figure: a generated 500-page charter, cold. */
    void charter(int pages) throws Exception {
        Path file = Files.createTempFile("charter", ".md");
        Files.writeString(file, new CharterGenerator(11).charter(pages));
        double[] t = new double[Math.max(3, repeats / 2)];
        for (int i = 0; i < t.length; i++) {
            t[i] = seconds(List.of(LAUNCHER.toString(), "audit", "--fail-on", "never", file.toString()));
        }
        Arrays.sort(t);
        row("cold audit of a " + pages + "-page charter (" + Files.size(file) / 1024 + " KiB, launcher)",
                s(median(t)) + " (median of " + t.length + "; " + s(t[0]) + " to " + s(t[t.length - 1]) + ")");
    }

    static List<String> java(List<String> flags, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.addAll(List.of(args));
        return command;
    }

    static double seconds(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        output(command);
        return (System.nanoTime() - start) / 1e9;
    }

    static String output(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("bench", ".out");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        String text = Files.readString(out);
        Files.delete(out);
        if (p.exitValue() > 1) {
            throw new IllegalStateException("exit " + p.exitValue() + " from " + command + ":\n" + text);
        }
        return text;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static String s(double seconds) {
        return String.format(Locale.ROOT, "%.2f s", seconds);
    }

    static String x(double ratio) {
        return String.format(Locale.ROOT, "%.1f×", ratio);
    }
}
