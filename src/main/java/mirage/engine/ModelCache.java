package mirage.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Rules compiled ahead into Drools' executable model, kept on disk as a jar keyed by a hash
 * of the rule files, the Drools version and the fact model they were compiled against. A
 * cold run then loads classes instead of parsing and compiling rules. Never inside the fat
 * jar: it is built on first use, or by {@code mirage cache} at install time.
 */
public final class ModelCache {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");
    private static final String LAYOUT = "mirage-model-1";
    /** How many models of a unit a cache folder keeps. */
    private static final int KEPT = 4;

    private final List<Path> readable;
    private final Path writable;
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private volatile Runnable beforeBuild = () -> { };

    /**
     * @param readable folders searched for a cached model, in order (a prebuilt one first)
     * @param writable where a newly built model is kept; null to keep nothing
     */
    public ModelCache(List<Path> readable, Path writable) {
        this.readable = List.copyOf(readable);
        this.writable = writable;
    }

    /**
     * Says what to do before the first model is built, which takes long (up to a minute on
     * two cores): the command line tells the user, so that a cold run is not silent. Run once.
     */
    public ModelCache beforeBuild(Runnable notice) {
        java.util.concurrent.atomic.AtomicBoolean told = new java.util.concurrent.atomic.AtomicBoolean();
        this.beforeBuild = () -> {
            if (!told.getAndSet(true)) {
                notice.run();
            }
        };
        return this;
    }

    /** The units whose executable model could not be built, with the first error: they are compiled at run time. */
    public Map<String, String> failures() {
        return Map.copyOf(failures);
    }

    /** The folder a newly built model goes to, or null. */
    public Path writable() {
        return writable;
    }

    /**
     * The rule base of these files from the cache, built into it first when absent; null
     * when the executable model cannot be built (the caller then compiles at run time,
     * which also reports the rule's error with its line).
     */
    KieBase kieBase(String unit, List<RuleFile> files) {
        String key = unit + "-" + key(files);
        for (Path dir : searched()) {
            Path jar = dir.resolve(key + ".jar");
            if (Files.isRegularFile(jar)) {
                try {
                    return load(jar);
                } catch (ReflectiveOperationException | IOException | LinkageError | RuntimeException e) {
                    // A damaged or stale file: build again below.
                }
            }
        }
        for (Path dir : searched()) {
            Path failed = dir.resolve(key + ".failed");
            if (Files.isRegularFile(failed)) {
                failures.put(unit, readQuietly(failed));
                return null;
            }
        }
        beforeBuild.run();
        Built built = build(key, files);
        if (built.bytes() == null) {
            failures.put(unit, built.failure());
            remember(key, built.failure());
            return null;
        }
        try {
            return load(store(key, built.bytes()));
        } catch (ReflectiveOperationException | IOException e) {
            throw new RuleError("cannot load the compiled rules: " + e.getMessage(), e);
        }
    }

    private List<Path> searched() {
        List<Path> dirs = new ArrayList<>(readable);
        if (writable != null && !dirs.contains(writable)) {
            dirs.add(writable);
        }
        return dirs;
    }

    /** A model's jar, or why it could not be built. */
    private record Built(byte[] bytes, String failure) {
        static Built of(byte[] bytes) {
            return new Built(bytes, null);
        }

        static Built failed(String why) {
            String first = why == null ? "unknown" : why.strip().split("\\R", 2)[0];
            return new Built(null, first.length() > 300 ? first.substring(0, 300) + "…" : first);
        }
    }

    private static Built build(String key, List<RuleFile> files) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId release = ks.newReleaseId("mirage.model", key, "1");
        kfs.generateAndWritePomXML(release);
        kfs.write("src/main/resources/META-INF/kmodule.xml", """
                <kmodule xmlns="http://www.drools.org/xsd/kmodule">
                  <configuration>
                    <property key="drools.kbuilder.severity.duplicateRule" value="ERROR"/>
                    <property key="drools.kbuilder.severity.duplicateFunction" value="ERROR"/>
                  </configuration>
                  <kbase name="rules" packages="*" default="true"/>
                </kmodule>
                """);
        int n = 0;
        for (RuleFile file : files) {
            Matcher pkg = PACKAGE.matcher(file.text());
            String folder = pkg.find() ? pkg.group(1).replace('.', '/') : "rules";
            kfs.write("src/main/resources/" + folder + "/r" + (n++) + "-" + file.stem() + ".drl", file.text());
        }
        try {
            KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
            if (builder.getResults().hasMessages(Message.Level.ERROR)) {
                Message first = builder.getResults().getMessages(Message.Level.ERROR).get(0);
                return Built.failed(first.getText());
            }
            return Built.of(((InternalKieModule) builder.getKieModule()).getBytes());
        } catch (RuntimeException e) {
            // Some DRL the run-time compiler accepts has no executable model: compiled at run time.
            return Built.failed(String.valueOf(e.getMessage()));
        }
    }

    /** Writes the jar where it can be kept, or to a temporary file when it cannot. */
    private Path store(String key, byte[] bytes) throws IOException {
        Path dir = writable;
        if (dir != null) {
            try {
                Files.createDirectories(dir);
                Path tmp = Files.createTempFile(dir, key, ".tmp");
                Files.write(tmp, bytes);
                Path jar = dir.resolve(key + ".jar");
                try {
                    Files.move(tmp, jar, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
                }
                prune(dir, key.substring(0, key.lastIndexOf('-')), jar);
                return jar;
            } catch (IOException e) {
                // An unwritable cache costs speed, not correctness.
            }
        }
        Path tmp = Files.createTempFile("mirage-" + key, ".jar");
        tmp.toFile().deleteOnExit();
        Files.write(tmp, bytes);
        return tmp;
    }

    /**
     * Remembers that these rules have no executable model, so that later runs compile them
     * at run time straight away instead of trying again.
     */
    private void remember(String key, String failure) {
        if (writable == null) {
            return;
        }
        try {
            Files.createDirectories(writable);
            Files.writeString(writable.resolve(key + ".failed"), failure + "\n");
        } catch (IOException e) {
            // Without the marker, the next run tries again: slower, not wrong.
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            return "an earlier attempt failed";
        }
    }

    /** Keeps the newest models of a unit (several rule sets may be in use), deletes older ones. */
    private static void prune(Path dir, String unit, Path kept) {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            List<Path> models = files.filter(p -> p.getFileName().toString().matches(Pattern.quote(unit) + "-[0-9a-f]+\\.(jar|failed)"))
                    .filter(p -> !p.equals(kept))
                    .sorted(java.util.Comparator.comparing((Path p) -> p.toFile().lastModified()).reversed())
                    .toList();
            for (Path old : models.subList(Math.min(KEPT - 1, models.size()), models.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            // Pruning is housekeeping: a model left behind costs disk, not correctness.
        }
    }

    private static KieBase load(Path jar) throws IOException, ReflectiveOperationException {
        List<String> modelClasses = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.getName().endsWith("/drools-model")) {
                    try (InputStream in = file.getInputStream(entry)) {
                        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                            if (!line.isBlank() && !line.contains(":")) {
                                modelClasses.add(line.strip());
                            }
                        }
                    }
                }
            }
        }
        if (modelClasses.isEmpty()) {
            throw new IOException("no model in " + jar);
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ModelCache.class.getClassLoader());
        List<Model> models = new ArrayList<>();
        for (String name : modelClasses) {
            models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    /**
     * The hash a model is kept under: the layout, Drools' version, the classes rules are
     * compiled against (facts and the finding API), and every rule file.
     */
    static String key(List<RuleFile> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((LAYOUT + "\0" + BuildInfo.drools() + "\0").getBytes(StandardCharsets.UTF_8));
            sha.update(ApiFingerprint.bytes());
            for (RuleFile file : files) {
                sha.update(file.path().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(file.text().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
