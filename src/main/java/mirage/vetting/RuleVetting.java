package mirage.vetting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mirage.engine.RuleError;
import mirage.engine.RuleFile;
import mirage.engine.RuleFolder;
import org.drools.drl.ast.descr.PackageDescr;

/**
 * Rule folders are code: before a {@code --rules} folder is compiled, every rule file in it
 * is read statically and refused, with its file and line, if it could do more than match the
 * facts and report traps (see docs/security.md). {@code --trust-rules} skips this.
 */
public final class RuleVetting {

    /** No rule file needs more; a larger one is refused before it is parsed. */
    public static final int MAX_RULE_FILE = 1024 * 1024;

    private RuleVetting() {}

    /** Throws a {@link RuleError} listing every refusal of the folder's rule files, or returns the folder. */
    public static RuleFolder vetted(RuleFolder folder) {
        List<Refusal> refusals = refusals(folder);
        if (refusals.isEmpty()) {
            return folder;
        }
        Refusal first = refusals.get(0);
        StringBuilder message = new StringBuilder(first.what());
        for (Refusal r : refusals.subList(1, Math.min(refusals.size(), 20))) {
            message.append("\n  ").append(r.located());
        }
        if (refusals.size() > 20) {
            message.append("\n  ... and ").append(refusals.size() - 20).append(" more");
        }
        message.append("\nrules may only match the facts and report traps with Hits and Clauses (docs/security.md);"
                + " run rules you trust with --trust-rules");
        throw new RuleError(first.file(), first.line(), first.column(), message.toString());
    }

    /** Every refusal of the folder's rule files, in file order. */
    public static List<Refusal> refusals(RuleFolder folder) {
        List<Refusal> refusals = new ArrayList<>();
        List<PackageDescr> parsed = new ArrayList<>();
        List<RuleFile> files = folder.rules();
        Set<String> functions = new HashSet<>();
        for (RuleFile file : files) {
            if (file.text().length() > MAX_RULE_FILE) {
                refusals.add(new Refusal(file.shown(), 0, 0, "a rule file over %,d characters".formatted(MAX_RULE_FILE)));
                parsed.add(null);
                continue;
            }
            PackageDescr pkg = DrlStructure.parse(file.shown(), file.text(), refusals);
            parsed.add(pkg);
            if (pkg != null) {
                DrlStructure.functions(pkg, functions);
            }
        }
        for (int i = 0; i < files.size(); i++) {
            RuleFile file = files.get(i);
            if (parsed.get(i) == null) {
                continue;
            }
            DrlStructure.check(file.shown(), parsed.get(i), refusals);
            List<Token> tokens = Lexer.tokens(file.shown(), file.text(), refusals);
            CodeVetter.check(file.shown(), tokens, functions, refusals);
        }
        return refusals;
    }
}
