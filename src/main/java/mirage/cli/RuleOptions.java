package mirage.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mirage.engine.CacheFolders;
import mirage.engine.Lang;
import mirage.engine.ModelCache;
import mirage.engine.RuleBase;
import mirage.engine.RuleFolder;
import mirage.vetting.RuleVetting;
import picocli.CommandLine.Option;

/** Options shared by the commands that load the catalogue. */
final class RuleOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A folder of extra rules (.drl with their .cases.yaml), added to the built-in catalogue. Repeatable.")
    List<Path> extra = new ArrayList<>();

    @Option(names = "--trust-rules",
            description = "Compile the --rules folders as they are. Without it, a rule file that could do more than match facts and report traps (reflection, System, I/O, threads, processes, network, eval, globals...) is refused with its file and line.")
    boolean trustRules;

    @Option(names = "--lang", paramLabel = "en|fr", defaultValue = "en",
            description = "Language of titles, evidence and remedies: ${COMPLETION-CANDIDATES}. Quotes stay in French, with the English rendering beside them. Default: ${DEFAULT-VALUE}.",
            converter = LangConverter.class, completionCandidates = LangConverter.Candidates.class)
    Lang lang = Lang.EN;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where compiled rules are kept (default: mirage-cache beside the jar, then $MIRAGE_CACHE_DIR, $XDG_CACHE_HOME/mirage or ~/.cache/mirage).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Compile every rule at run time; read and write no cache.")
    boolean noCache;

    ModelCache cache() {
        if (noCache) {
            return null;
        }
        return cacheDir == null ? CacheFolders.standard() : CacheFolders.at(cacheDir);
    }

    List<RuleFolder> folders() {
        List<RuleFolder> folders = new ArrayList<>();
        folders.add(RuleFolder.builtIn());
        for (Path dir : extra) {
            RuleFolder folder = RuleFolder.of(dir);
            folders.add(trustRules ? folder : RuleVetting.vetted(folder));
        }
        return folders;
    }

    RuleBase load() {
        return RuleBase.load(folders(), cache());
    }

    /** Reads "en" or "fr", in any case. */
    static final class LangConverter implements picocli.CommandLine.ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            for (Lang lang : Lang.values()) {
                if (lang.name().equalsIgnoreCase(value)) {
                    return lang;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("expected en or fr, got '" + value + "'");
        }

        static final class Candidates extends ArrayList<String> {
            Candidates() {
                super(List.of("en", "fr"));
            }
        }
    }
}
