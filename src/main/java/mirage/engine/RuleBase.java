package mirage.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Compiled rule folders and the traps their metadata declares (see {@link TrapCatalogue}):
 * the trap rules, and, compiled on first use, the recognition rules of charters.
 */
public final class RuleBase {

    /** Metadata every trap's own rule must carry. */
    public static final List<String> REQUIRED = List.of("id", "severity", "family",
            "title_en", "title_fr", "meaning_en", "meaning_fr", "fires_en", "fires_fr",
            "quote_fr", "quote_en", "remedy_en", "remedy_fr", "evidence_en", "evidence_fr");

    private final KieBase kieBase;
    private KieBase recognition;
    private volatile KieSessionsPool sessions;
    private final Map<String, TrapDefinition> traps;
    private final List<RuleFolder> folders;
    private final ModelCache cache;
    private final String digest;

    private RuleBase(KieBase kieBase, Map<String, TrapDefinition> traps, List<RuleFolder> folders, ModelCache cache) {
        this.kieBase = kieBase;
        this.traps = traps;
        this.folders = List.copyOf(folders);
        this.cache = cache;
        this.digest = RuleFolder.digest(folders);
    }

    /** Compiles the folders at run time; throws {@link RuleError} naming the file when anything is wrong. */
    public static RuleBase load(List<RuleFolder> folders) {
        return load(folders, null);
    }

    /**
     * Loads the folders: the first (the built-in catalogue) from its precompiled model in
     * {@code cache} when there is one, built there when absent; the others compiled at run
     * time on top of it, so a changed user folder costs only its own compilation.
     *
     * @param cache null to compile everything at run time
     */
    public static RuleBase load(List<RuleFolder> folders, ModelCache cache) {
        List<RuleFile> all = new ArrayList<>();
        folders.forEach(f -> all.addAll(f.rules()));
        RuleSources sources = new RuleSources(all);
        KieBase kieBase = compile(folders, RuleFolder::trapRules, "catalogue", cache, false);
        return new RuleBase(kieBase, TrapCatalogue.of(kieBase, sources), folders, cache);
    }

    private static KieBase compile(List<RuleFolder> folders, Function<RuleFolder, List<RuleFile>> part, String unit,
            ModelCache cache, boolean mayBeEmpty) {
        List<RuleFile> base = folders.isEmpty() ? List.of() : part.apply(folders.get(0));
        List<RuleFile> extra = new ArrayList<>();
        folders.stream().skip(1).forEach(f -> extra.addAll(part.apply(f)));
        if (cache != null && !base.isEmpty()) {
            KieBase model = cache.kieBase(unit, base);
            if (model != null) {
                RuleCompiler.compileInto(model, extra);
                return model;
            }
        }
        List<RuleFile> all = new ArrayList<>(base);
        all.addAll(extra);
        return RuleCompiler.compile(all, mayBeEmpty);
    }

    /**
     * Whether these are the built-in catalogue's rules alone, without a folder added on top
     * (the command line always puts the catalogue first and {@code --rules} folders after it).
     */
    public boolean catalogueOnly() {
        return folders.size() <= 1;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /**
     * A session to audit one dossier, from a pool: disposing it resets it and gives it back,
     * so a run over thousands of files does not build the rules' memories for each one.
     */
    KieSession newSession() {
        KieSessionsPool pool = sessions;
        if (pool == null) {
            synchronized (this) {
                if (sessions == null) {
                    sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
                }
                pool = sessions;
            }
        }
        return pool.newKieSession();
    }

    /** The rules that read charter clauses, compiled on first use: profiles never need them. */
    public synchronized KieBase recognition() {
        if (recognition == null) {
            recognition = compile(folders, RuleFolder::recognitionRules, "recognition", cache, true);
        }
        return recognition;
    }

    /**
     * Starts loading the recognition rules on a thread of their own, so that they are ready
     * (or nearly) when the first charter has been parsed. A failure is not reported here:
     * {@link #recognition()} meets it again, where the charter that needs them is read.
     */
    public void prepareRecognition() {
        Thread loader = new Thread(() -> {
            try {
                recognition();
            } catch (RuntimeException e) {
                // reported by the call that needs the rules
            }
        }, "mirage-recognition-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** The traps, sorted by family and id. */
    public Collection<TrapDefinition> traps() {
        return traps.values();
    }

    public Optional<TrapDefinition> trap(String id) {
        return Optional.ofNullable(traps.get(id));
    }

    public List<RuleFolder> folders() {
        return folders;
    }

    /** "sha256:..." over every file of the rule folders. */
    public String digest() {
        return digest;
    }
}
