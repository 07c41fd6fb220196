package mirage.vetting;

import java.util.List;
import java.util.Set;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * What Drools' own parser says a rule file declares: its package, imports, globals,
 * functions, rules and their attributes. Only the package parts rules need are allowed:
 * imports of the allow-list, functions, and rules with literal attributes.
 */
final class DrlStructure {

    /** Packages a rule file may not join: in them, a rule could name their classes without importing them. */
    private static final List<String> CLOSED_PACKAGES = List.of("java", "javax", "jdk", "sun", "com.sun", "org.drools",
            "org.kie", "org.mvel2", "org.antlr", "org.eclipse", "picocli", "com.fasterxml", "org.yaml", "org.slf4j",
            "org.apache", "com.code_intelligence");
    private static final Set<String> MIRAGE_RULE_PACKAGES = Set.of("mirage.catalogue", "mirage.recognition");

    private static final Set<String> LITERAL_ATTRIBUTES = Set.of("no-loop", "lock-on-active", "auto-focus", "agenda-group",
            "activation-group", "ruleflow-group", "date-effective", "date-expires");

    private DrlStructure() {}

    /** The parsed file, or null when it does not parse (the reasons are added to {@code refusals}). */
    static PackageDescr parse(String file, String text, List<Refusal> refusals) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, text);
        } catch (DroolsParserException | RuntimeException e) {
            refusals.add(new Refusal(file, 0, 0, "does not parse: " + firstLine(e.getMessage())));
            return null;
        } catch (StackOverflowError e) {
            refusals.add(new Refusal(file, 0, 0, "does not parse: nested too deeply"));
            return null;
        }
        if (parser.hasErrors() || pkg == null) {
            for (DroolsError error : parser.getErrors()) {
                int line = error instanceof ParserError p ? p.getRow() : 0;
                int column = error instanceof ParserError p ? p.getCol() + 1 : 0;
                refusals.add(new Refusal(file, line, column, "does not parse: " + firstLine(error.getMessage())));
            }
            if (refusals.isEmpty()) {
                refusals.add(new Refusal(file, 0, 0, "does not parse"));
            }
            return null;
        }
        return pkg;
    }

    static void check(String file, PackageDescr pkg, List<Refusal> refusals) {
        AllowList allow = AllowList.get();
        String name = pkg.getName() == null ? "" : pkg.getName();
        if (closed(name)) {
            refusals.add(new Refusal(file, 1, 0, "package '%s' belongs to Mirage, Drools or the JDK: rules there could reach its classes"
                    .formatted(name)));
        }
        for (ImportDescr imp : pkg.getImports()) {
            String target = imp.getTarget();
            if (!target.equals(AllowList.FACTS + ".*") && !allow.isQualifiedType(target)) {
                add(refusals, file, imp, "import of '%s': rules may import the fact model (mirage.facts), "
                        .formatted(target) + "mirage.engine.Hits, mirage.engine.Clauses and the allowed JDK types");
            }
        }
        pkg.getFunctionImports().forEach(d -> add(refusals, file, d, "import function '%s': imported functions run outside the vetting"
                .formatted(d.getTarget())));
        pkg.getAccumulateImports().forEach(d -> add(refusals, file, d, "import accumulate: custom accumulate functions run outside the vetting"));
        pkg.getGlobals().forEach(d -> add(refusals, file, d, "global '%s': globals pass objects from outside the fact model into rules"
                .formatted(d.getIdentifier())));
        pkg.getTypeDeclarations().forEach(d -> add(refusals, file, d, "declare: rules use the fact model, they declare no types"));
        pkg.getEnumDeclarations().forEach(d -> add(refusals, file, d, "declare enum: rules use the fact model, they declare no types"));
        pkg.getEntryPointDeclarations().forEach(d -> add(refusals, file, d, "declare entry-point: not needed by rules"));
        pkg.getWindowDeclarations().forEach(d -> add(refusals, file, d, "declare window: sliding windows start timers"));
        if (pkg.getUnit() != null) {
            add(refusals, file, pkg.getUnit(), "rule units are not supported");
        }
        for (AttributeDescr attribute : pkg.getAttributes()) {
            attribute(file, attribute, refusals);
        }
        for (RuleDescr rule : pkg.getRules()) {
            if (rule.isQuery()) {
                add(refusals, file, rule, "query '%s': rules need no queries".formatted(rule.getName()));
            }
            for (AttributeDescr attribute : rule.getAttributes().values()) {
                attribute(file, attribute, refusals);
            }
        }
    }

    /** The functions a file declares: rule code may call them. */
    static void functions(PackageDescr pkg, Set<String> into) {
        for (FunctionDescr f : pkg.getFunctions()) {
            into.add(f.getName());
        }
    }

    private static void attribute(String file, AttributeDescr attribute, List<Refusal> refusals) {
        String name = attribute.getName();
        String value = attribute.getValue() == null ? "" : attribute.getValue().strip();
        boolean ok = switch (name) {
            case "salience" -> value.matches("-?\\d{1,9}");
            case "enabled" -> value.equals("true") || value.equals("false");
            case "dialect" -> value.equals("java") || value.equals("\"java\"");
            default -> LITERAL_ATTRIBUTES.contains(name);
        };
        if (!ok) {
            String why = switch (name) {
                case "salience", "enabled" -> "only a literal value: Drools evaluates an expression here";
                case "dialect" -> "only the java dialect: MVEL consequences escape the vetting";
                case "timer", "calendars", "duration" -> "timers run rules on other threads";
                default -> "not an attribute rules need";
            };
            add(refusals, file, attribute, "attribute %s %s: %s".formatted(name, value, why));
        }
    }

    private static boolean closed(String pkg) {
        if (MIRAGE_RULE_PACKAGES.contains(pkg)) {
            return false;
        }
        if (pkg.equals("mirage") || pkg.startsWith("mirage.")) {
            return true;
        }
        for (String closed : CLOSED_PACKAGES) {
            if (pkg.equals(closed) || pkg.startsWith(closed + ".")) {
                return true;
            }
        }
        return !pkg.isEmpty() && DrlStructure.class.getClassLoader().getResource(pkg.replace('.', '/') + "/") != null;
    }

    private static void add(List<Refusal> refusals, String file, BaseDescr descr, String what) {
        refusals.add(new Refusal(file, Math.max(descr.getLine(), 0), Math.max(descr.getColumn() + 1, 0), what));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
