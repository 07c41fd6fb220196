package mirage.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The traps a rule base declares, read from its rules' metadata. A trap is declared by the
 * rule whose name is its id; other rules may find the same trap by naming it in {@code @id},
 * with their own evidence template and, for a variant, their own severity.
 */
final class TrapCatalogue {

    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private TrapCatalogue() {}

    /** The traps by id, sorted by family and id; throws {@link RuleError} on bad metadata. */
    static Map<String, TrapDefinition> of(KieBase kieBase, RuleSources sources) {
        List<Rule> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            rules.addAll(pkg.getRules());
        }
        rules.sort(Comparator.comparing(Rule::getName));
        Map<String, Map<String, Bilingual>> evidence = new TreeMap<>();
        Map<String, Map<String, Severity>> severities = new TreeMap<>();
        for (Rule rule : rules) {
            String id = meta(rule, "id");
            if (id == null) {
                continue;
            }
            if (meta(rule, "evidence_en") != null) {
                evidence.computeIfAbsent(id, k -> new LinkedHashMap<>())
                        .put(rule.getName(), new Bilingual(meta(rule, "evidence_en"), meta(rule, "evidence_fr")));
            }
            if (!rule.getName().equals(id) && meta(rule, "severity") != null) {
                severities.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(rule.getName(), severity(rule, sources));
            }
        }
        Map<String, TrapDefinition> traps = new TreeMap<>();
        for (Rule rule : rules) {
            String id = meta(rule, "id");
            if (id != null && rule.getName().equals(id)) {
                traps.put(id, define(rule, sources, evidence.getOrDefault(id, Map.of()), severities.getOrDefault(id, Map.of())));
            }
        }
        for (Rule rule : rules) {
            String id = meta(rule, "id");
            if (id != null && !traps.containsKey(id)) {
                throw error(rule, sources, "rule '%s' finds trap '%s', which no rule declares (a trap is declared by the rule named after its id)"
                        .formatted(rule.getName(), id));
            }
        }
        return traps.values().stream()
                .sorted(Comparator.comparing(TrapDefinition::family).thenComparing(TrapDefinition::id))
                .collect(Collectors.toMap(TrapDefinition::id, t -> t, (a, b) -> a, LinkedHashMap::new));
    }

    private static TrapDefinition define(Rule rule, RuleSources sources, Map<String, Bilingual> evidence,
            Map<String, Severity> severities) {
        List<String> missing = RuleBase.REQUIRED.stream()
                .filter(key -> meta(rule, key) == null || meta(rule, key).isBlank())
                .toList();
        if (!missing.isEmpty()) {
            throw error(rule, sources, "trap '%s' lacks metadata: %s".formatted(rule.getName(), String.join(", ", missing)));
        }
        String id = meta(rule, "id");
        if (!KEBAB.matcher(id).matches()) {
            throw error(rule, sources, "trap id '%s' is not kebab-case".formatted(id));
        }
        String exempts = meta(rule, "exempts");
        return new TrapDefinition(id, severity(rule, sources), meta(rule, "family"),
                both(rule, "title"), both(rule, "meaning"), both(rule, "fires"),
                new Bilingual(meta(rule, "quote_en"), meta(rule, "quote_fr")), both(rule, "remedy"),
                Map.copyOf(evidence),
                Map.copyOf(severities),
                exempts == null ? Set.of() : Set.copyOf(Arrays.asList(exempts.trim().split("[,\\s]+"))),
                "true".equals(meta(rule, "verdict")),
                sources.shown(rule.getName()));
    }

    private static Severity severity(Rule rule, RuleSources sources) {
        Severity severity = Severity.byLabel(meta(rule, "severity"));
        if (severity == null) {
            throw error(rule, sources, "rule '%s' has severity '%s'; expected one of: info, low, medium, high, critical"
                    .formatted(rule.getName(), meta(rule, "severity")));
        }
        return severity;
    }

    private static Bilingual both(Rule rule, String key) {
        return new Bilingual(meta(rule, key + "_en"), meta(rule, key + "_fr"));
    }

    private static String meta(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    private static RuleError error(Rule rule, RuleSources sources, String message) {
        return new RuleError(sources.shown(rule.getName()), sources.line(rule.getName()), 0, message);
    }
}
