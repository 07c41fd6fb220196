package mirage.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Compiled rule folders and the traps their metadata declares. A trap is declared by the
 * rule whose name is its id; other rules may find the same trap by naming it in {@code @id}.
 */
public final class RuleBase {

    /** Metadata every trap's own rule must carry. */
    public static final List<String> REQUIRED = List.of("id", "severity", "family",
            "title_en", "title_fr", "meaning_en", "meaning_fr", "fires_en", "fires_fr",
            "quote_fr", "quote_en", "remedy_en", "remedy_fr", "evidence_en", "evidence_fr");

    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final KieBase kieBase;
    private KieBase recognition;
    private final Map<String, TrapDefinition> traps;
    private final List<RuleFolder> folders;
    private final String digest;

    private RuleBase(KieBase kieBase, Map<String, TrapDefinition> traps, List<RuleFolder> folders) {
        this.kieBase = kieBase;
        this.traps = traps;
        this.folders = List.copyOf(folders);
        this.digest = RuleFolder.digest(folders);
    }

    /** Compiles the folders; throws {@link RuleError} naming the file when anything is wrong. */
    public static RuleBase load(List<RuleFolder> folders) {
        List<RuleFile> trapRules = new ArrayList<>();
        folders.forEach(f -> trapRules.addAll(f.trapRules()));
        KieBase kieBase = RuleCompiler.compile(trapRules, false);
        Map<String, RuleFile> files = new LinkedHashMap<>();
        trapRules.forEach(r -> files.put(r.shown(), r));
        return new RuleBase(kieBase, declaredTraps(kieBase, files), folders);
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** The rules that read charter clauses, compiled on first use: profiles never need them. */
    public synchronized KieBase recognition() {
        if (recognition == null) {
            List<RuleFile> rules = new ArrayList<>();
            folders.forEach(f -> rules.addAll(f.recognitionRules()));
            recognition = RuleCompiler.compile(rules, true);
        }
        return recognition;
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

    private static Map<String, TrapDefinition> declaredTraps(KieBase kieBase, Map<String, RuleFile> files) {
        List<Rule> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            rules.addAll(pkg.getRules());
        }
        rules.sort(Comparator.comparing(Rule::getName));
        Map<String, Map<String, Bilingual>> evidence = new TreeMap<>();
        Map<String, Map<String, Severity>> severities = new TreeMap<>();
        for (Rule rule : rules) {
            Object id = rule.getMetaData().get("id");
            if (id == null) {
                continue;
            }
            if (rule.getMetaData().containsKey("evidence_en")) {
                evidence.computeIfAbsent(id.toString(), k -> new LinkedHashMap<>())
                        .put(rule.getName(), new Bilingual(meta(rule, "evidence_en"), meta(rule, "evidence_fr")));
            }
            if (!rule.getName().equals(id.toString()) && rule.getMetaData().containsKey("severity")) {
                Severity own = Severity.byLabel(meta(rule, "severity"));
                if (own == null) {
                    throw located(rule, files, "rule '%s' has severity '%s'; expected one of: info, low, medium, high, critical"
                            .formatted(rule.getName(), meta(rule, "severity")));
                }
                severities.computeIfAbsent(id.toString(), k -> new LinkedHashMap<>()).put(rule.getName(), own);
            }
        }
        Map<String, TrapDefinition> traps = new TreeMap<>();
        for (Rule rule : rules) {
            Object id = rule.getMetaData().get("id");
            if (id != null && rule.getName().equals(id.toString())) {
                RuleFile file = files.get(sourceOf(rule));
                traps.put(id.toString(), define(rule, file, evidence.getOrDefault(id.toString(), Map.of()),
                        severities.getOrDefault(id.toString(), Map.of())));
            }
        }
        for (Rule rule : rules) {
            Object id = rule.getMetaData().get("id");
            if (id != null && !traps.containsKey(id.toString())) {
                throw located(rule, files, "rule '%s' finds trap '%s', which no rule declares (a trap is declared by the rule named after its id)"
                        .formatted(rule.getName(), id));
            }
        }
        return traps.values().stream()
                .sorted(Comparator.comparing(TrapDefinition::family).thenComparing(TrapDefinition::id))
                .collect(Collectors.toMap(TrapDefinition::id, t -> t, (a, b) -> a, LinkedHashMap::new));
    }

    private static TrapDefinition define(Rule rule, RuleFile file, Map<String, Bilingual> evidence,
            Map<String, Severity> severities) {
        String shown = file == null ? sourceOf(rule) : file.shown();
        List<String> missing = REQUIRED.stream()
                .filter(key -> meta(rule, key) == null || meta(rule, key).isBlank())
                .toList();
        if (!missing.isEmpty()) {
            throw new RuleError(shown, lineOf(rule, file), 0,
                    "trap '%s' lacks metadata: %s".formatted(rule.getName(), String.join(", ", missing)));
        }
        String id = meta(rule, "id");
        if (!KEBAB.matcher(id).matches()) {
            throw new RuleError(shown, lineOf(rule, file), 0, "trap id '%s' is not kebab-case".formatted(id));
        }
        Severity severity = Severity.byLabel(meta(rule, "severity"));
        if (severity == null) {
            throw new RuleError(shown, lineOf(rule, file), 0, "trap '%s' has severity '%s'; expected one of: info, low, medium, high, critical"
                    .formatted(id, meta(rule, "severity")));
        }
        String exempts = meta(rule, "exempts");
        return new TrapDefinition(id, severity, meta(rule, "family"),
                both(rule, "title"), both(rule, "meaning"), both(rule, "fires"),
                new Bilingual(meta(rule, "quote_en"), meta(rule, "quote_fr")), both(rule, "remedy"),
                Map.copyOf(evidence),
                Map.copyOf(severities),
                exempts == null ? Set.of() : Set.copyOf(Arrays.asList(exempts.trim().split("[,\\s]+"))),
                "true".equals(meta(rule, "verdict")),
                shown);
    }

    private static Bilingual both(Rule rule, String key) {
        return new Bilingual(meta(rule, key + "_en"), meta(rule, key + "_fr"));
    }

    private static String meta(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    private static String sourceOf(Rule rule) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null) {
            return impl.getResource().getSourcePath();
        }
        return rule.getPackageName();
    }

    private static RuleError located(Rule rule, Map<String, RuleFile> files, String message) {
        RuleFile file = files.get(sourceOf(rule));
        return new RuleError(file == null ? sourceOf(rule) : file.shown(), lineOf(rule, file), 0, message);
    }

    /** The line of {@code rule "name"} in its file, found by reading the file. */
    static int lineOf(Rule rule, RuleFile file) {
        if (file == null) {
            return 0;
        }
        String[] lines = file.text().split("\n", -1);
        String header = "rule \"" + rule.getName() + "\"";
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith(header)) {
                return i + 1;
            }
        }
        return 0;
    }
}
