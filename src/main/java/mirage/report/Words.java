package mirage.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import mirage.engine.Labels;
import mirage.engine.Lang;
import mirage.engine.Severity;

/**
 * The words reports put around the catalogue's own texts, in English and French
 * ({@code words-en.properties}, {@code words-fr.properties}): headings, labels, the
 * names of the profile format's values. Never a trap's text: that is the rules' metadata.
 * Severities and verdicts come from {@link Labels}, the one place the evidence uses too.
 */
final class Words {

    private static final Properties EN = load("en");
    private static final Properties FR = load("fr");

    private Words() {}

    static String get(String key, Lang lang, Object... args) {
        String text = (lang == Lang.FR ? FR : EN).getProperty(key);
        if (text == null && key.startsWith("severity.")) {
            return Labels.severity(Severity.byLabel(key.substring("severity.".length())), lang);
        }
        if (text == null && key.startsWith("verdict.")) {
            return Labels.verdict(key.substring("verdict.".length()), lang);
        }
        if (text == null) {
            throw new IllegalArgumentException("no words for " + key);
        }
        return args.length == 0 ? text.replace("''", "'") : new MessageFormat(text, Locale.ROOT).format(args);
    }

    /** The words for {@code prefix.value}, or the value itself when there are none (a value of custom rules). */
    static String value(String prefix, String value, Lang lang) {
        String key = prefix + "." + value;
        if (prefix.equals("verdict") && !(lang == Lang.FR ? FR : EN).containsKey(key)) {
            return Labels.verdict(value, lang);
        }
        return (lang == Lang.FR ? FR : EN).containsKey(key) ? get(key, lang) : value;
    }

    static Set<String> keys(Lang lang) {
        return (lang == Lang.FR ? FR : EN).stringPropertyNames();
    }

    private static Properties load(String lang) {
        String name = "words-" + lang + ".properties";
        try (InputStream in = Words.class.getResourceAsStream(name)) {
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
