package mirage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import mirage.engine.Lang;

/**
 * What the command line says in its own words, in English and French
 * ({@code messages-en.properties}, {@code messages-fr.properties}): usage errors, warnings,
 * the summary on standard error. Help texts are picocli's resource bundle ({@code Help_fr}).
 */
final class Messages {

    private static final Properties EN = load("en");
    private static final Properties FR = load("fr");

    private Messages() {}

    static String get(Lang lang, String key, Object... args) {
        String text = (lang == Lang.FR ? FR : EN).getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no message " + key);
        }
        return new MessageFormat(text, Locale.ROOT).format(args);
    }

    static Set<String> keys(Lang lang) {
        return (lang == Lang.FR ? FR : EN).stringPropertyNames();
    }

    private static Properties load(String lang) {
        String name = "messages-" + lang + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            Properties words = new Properties();
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
