package mirage.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import mirage.engine.ModelCache;
import mirage.engine.RuleBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mirage cache}: compile the catalogue ahead, so that cold runs load it instead. */
@Command(name = "cache", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Compile the built-in catalogue (and --rules folders' recognition rules) into the cache, ahead of the first audit.",
                "Run it at install time; 'mvn package' does, into target/mirage-cache beside the jar."})
final class CacheCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        ModelCache cache = rules.cache();
        RuleBase base = RuleBase.load(rules.folders(), cache);
        base.recognition();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("compiled %d traps and the recognition rules in %.1f s into %s%n", base.traps().size(),
                (System.nanoTime() - start) / 1e9, cache == null ? "no cache (--no-cache)" : cache.writable());
        if (cache != null && !cache.failures().isEmpty()) {
            cache.failures().forEach((unit, why) -> out.printf("not precompiled: %s (compiled at each run instead): %s%n", unit, why));
            out.flush();
            return ExitCode.FINDINGS.code;
        }
        out.flush();
        return ExitCode.CLEAN.code;
    }
}
