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
import mirage.config.Config;
import mirage.config.ConfigFormat;
import mirage.config.ConfigReader;
import mirage.input.InputError;
import mirage.input.SourceText;
import java.nio.file.Files;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

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

    @Option(names = "--config", paramLabel = "FILE",
            description = "The config file (default: " + ConfigFormat.FILE_NAME + " in the current folder or the nearest parent that has one). Flags override its fields.")
    Path configFile;

    @Option(names = "--no-config", description = "Read no config file.")
    boolean noConfig;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    private Optional<Config> config;

    /**
     * The config file, read once, if there is one; its {@code lang} and {@code rules} are
     * taken here unless the command line gives them. A bad config is an input error (exit 2)
     * with its file, line and column.
     */
    Optional<Config> config() throws InputError {
        if (config != null) {
            return config;
        }
        config = Optional.empty();
        if (noConfig) {
            return config;
        }
        Path file = configFile;
        if (file == null) {
            file = ConfigReader.find(Path.of("")).orElse(null);
        } else if (!Files.isRegularFile(file)) {
            throw new ParameterException(mixee.commandLine(), Messages.get(lang, "config.missing", file));
        }
        if (file == null) {
            return config;
        }
        Config read = ConfigReader.read(file, Output.Format.labels(), SourceText.DEFAULT_LIMIT);
        ParseResult given = mixee.commandLine().getParseResult();
        if (read.lang() != null && (given == null || !given.hasMatchedOption("--lang"))) {
            lang = read.lang();
        }
        if (!read.rules().isEmpty() && (given == null || !given.hasMatchedOption("--rules"))) {
            extra = new ArrayList<>(read.rules());
        }
        config = Optional.of(read);
        return config;
    }

    ModelCache cache() {
        if (noCache) {
            return null;
        }
        ModelCache cache = cacheDir == null ? CacheFolders.standard() : CacheFolders.at(cacheDir);
        return cache.beforeBuild(() -> {
            var err = mixee.commandLine().getErr();
            err.println(Messages.get(lang, "prefix") + Messages.get(lang, "notice.compile", cache.writable()));
            err.flush();
        });
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

    /** The config file if {@link #config} read one, else null. */
    Config configIfRead() {
        return config == null ? null : config.orElse(null);
    }

    RuleBase load() throws InputError {
        config();
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
