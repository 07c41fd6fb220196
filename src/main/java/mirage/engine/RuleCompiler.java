package mirage.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles rule folders into one rule base. Any error (syntax, type, a rule name used
 * twice) stops the run with the rule file and line: a partial catalogue is never used.
 */
final class RuleCompiler {

    private RuleCompiler() {}

    static KieBase compile(List<RuleFile> files, boolean mayBeEmpty) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration());
        add(builder, files);
        if (files.isEmpty() && !mayBeEmpty) {
            throw new RuleError("no rules: the rule folders hold no .drl file", null);
        }
        return builder.newKieBase();
    }

    /** Compiles more rules into a rule base (a user's folder on top of the precompiled catalogue). */
    static void compileInto(KieBase base, List<RuleFile> files) {
        if (files.isEmpty()) {
            return;
        }
        InternalKnowledgeBase target = (InternalKnowledgeBase) base;
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(target, configuration());
        add(builder, files);
        target.addPackages(builder.getKnowledgePackages());
    }

    private static KnowledgeBuilderConfiguration configuration() {
        KnowledgeBuilderConfiguration conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        conf.setProperty("drools.kbuilder.severity.duplicateRule", "ERROR");
        conf.setProperty("drools.kbuilder.severity.duplicateFunction", "ERROR");
        return conf;
    }

    private static void add(KnowledgeBuilder builder, List<RuleFile> files) {
        for (RuleFile file : files) {
            Resource resource = ResourceFactory.newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(file.shown());
            builder.add(resource, ResourceType.DRL);
            if (builder.hasErrors()) {
                throw error(builder.getErrors().iterator().next(), file);
            }
        }
    }

    private static RuleError error(KnowledgeBuilderError error, RuleFile file) {
        int[] lines = error.getLines();
        int line = lines != null && lines.length > 0 ? lines[0] : 0;
        String message = error.getMessage() == null ? "does not compile" : error.getMessage().strip();
        List<String> kept = new ArrayList<>();
        for (String part : message.split("\n")) {
            if (!part.isBlank() && kept.size() < 4) {
                kept.add(part.strip());
            }
        }
        return new RuleError(file.shown(), Math.max(line, 0), 0, String.join(" / ", kept));
    }
}
