package mirage.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * A message about an input in English and in French, from {@code input-en.properties} and
 * {@code input-fr.properties}: what the readers say of a bad profile, charter or config, so
 * that {@code --lang fr} says it in French. An argument that is itself a wording is put in
 * each language as that language says it ("a list" / "une liste").
 */
public record Wording(String en, String fr) implements Serializable {

    private static final Properties EN = load("en");
    private static final Properties FR = load("fr");

    /** The message {@code key}, its arguments put in with {@link MessageFormat}. */
    public static Wording of(String key, Object... args) {
        return new Wording(format(EN, key, args, false), format(FR, key, args, true));
    }

    /** Text said the same way in both languages (a name, a value quoted from the input). */
    public static Wording same(String text) {
        return new Wording(text, text);
    }

    /** The wording {@code prefix.value}, or the value itself in both languages when there is none. */
    public static Wording named(String prefix, String value) {
        String key = prefix + "." + value;
        return EN.containsKey(key) ? of(key) : same(value);
    }

    /** This wording followed by another. */
    public Wording then(Wording more) {
        return new Wording(en + more.en, fr + more.fr);
    }

    public static Set<String> keys(boolean french) {
        return (french ? FR : EN).stringPropertyNames();
    }

    private static String format(Properties words, String key, Object[] args, boolean french) {
        String text = words.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no wording " + key);
        }
        Object[] put = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            put[i] = args[i] instanceof Wording w ? (french ? w.fr : w.en) : args[i] instanceof Number n ? n.toString() : args[i];
        }
        return new MessageFormat(text, Locale.ROOT).format(put);
    }

    private static Properties load(String lang) {
        String name = "input-" + lang + ".properties";
        try (InputStream in = Wording.class.getResourceAsStream(name)) {
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
