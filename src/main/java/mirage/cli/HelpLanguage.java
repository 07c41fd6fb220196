package mirage.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import mirage.config.Config;
import mirage.config.ConfigReader;
import mirage.engine.Lang;
import mirage.input.InputError;
import mirage.input.SourceText;

/**
 * The language of help and usage errors, known before the command line is fully understood
 * (the error may be in it): {@code --lang} as typed, else the config file's {@code lang},
 * else English. A config that cannot be read says nothing here; the run reports it.
 */
final class HelpLanguage {

    private HelpLanguage() {}

    static Lang of(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = arg.startsWith("--lang=") ? arg.substring("--lang=".length())
                    : arg.equals("--lang") && i + 1 < args.size() ? args.get(i + 1) : null;
            if (value != null) {
                return value.toLowerCase(Locale.ROOT).equals("fr") ? Lang.FR : Lang.EN;
            }
        }
        if (args.contains("--no-config")) {
            return Lang.EN;
        }
        Path file = null;
        int config = args.indexOf("--config");
        if (config >= 0 && config + 1 < args.size() && !args.contains("schema")) {
            file = Path.of(args.get(config + 1));
        } else {
            file = ConfigReader.find(Path.of("")).orElse(null);
        }
        if (file == null || !Files.isRegularFile(file)) {
            return Lang.EN;
        }
        try {
            Config read = ConfigReader.read(file, Output.Format.labels(), SourceText.DEFAULT_LIMIT);
            return read.lang() == null ? Lang.EN : read.lang();
        } catch (InputError | RuntimeException e) {
            return Lang.EN;
        }
    }
}
