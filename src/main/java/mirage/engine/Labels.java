package mirage.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import mirage.facts.Labelled;

/**
 * The words of Mirage's closed sets in each language, in one place that every report and
 * the evidence use: severities, verdicts, and fact values ({@code labels-en.properties},
 * {@code labels-fr.properties}). A fact value reads in English as its label in profiles
 * ({@code advisory}); in French by the key {@code Type.label} ({@code Power.advisory}).
 */
public final class Labels {

    private static final Properties EN = load("en");
    private static final Properties FR = load("fr");

    private Labels() {}

    public static String severity(Severity severity, Lang lang) {
        return get("severity." + severity.label(), lang);
    }

    /** A verdict ({@code representation-trap}, {@code conditional}...) in words; an unknown one as it is. */
    public static String verdict(String verdict, Lang lang) {
        String text = words(lang).getProperty("verdict." + verdict);
        return text == null ? verdict : text;
    }

    /**
     * A value as evidence shows it: a choice by its label, a boolean as yes or no, nothing as
     * unknown, a list as a comma list (sorted, unless {@link Hits.Listing} keeps its order).
     */
    public static String value(Object value, Lang lang) {
        if (value == null) {
            return get("value.unknown", lang);
        }
        if (value instanceof Boolean b) {
            return get("value." + b, lang);
        }
        if (value instanceof Labelled labelled) {
            String text = words(lang).getProperty(typeOf(labelled) + "." + labelled.label());
            return text == null ? labelled.label() : text;
        }
        if (value instanceof Hits.Listing listing) {
            var texts = listing.items().stream().map(v -> value(v, lang));
            return (listing.sorted() ? texts.sorted() : texts).collect(Collectors.joining(", "));
        }
        if (value instanceof Hits.Field field) {
            String text = words(lang).getProperty("field." + field.path());
            return text == null ? field.path() : text;
        }
        if (value instanceof Hits.FieldValue fieldValue) {
            return FactTypes.choice(fieldValue.path(), fieldValue.text()).<String>map(v -> value(v, lang))
                    .orElseGet(() -> "true".equals(fieldValue.text()) || "false".equals(fieldValue.text())
                            ? value(Boolean.valueOf(fieldValue.text()), lang) : fieldValue.text());
        }
        if (value instanceof Hits.Named named) {
            return named.name() + " (" + value(named.value(), lang) + ")";
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(v -> value(v, lang)).sorted().collect(Collectors.joining(", "));
        }
        if (value instanceof Double || value instanceof Float) {
            return String.format(Locale.ROOT, "%.1f", ((Number) value).doubleValue());
        }
        return value.toString();
    }

    /** The keys of a language's file, for the test that both languages have the same. */
    public static Set<String> keys(Lang lang) {
        return words(lang).stringPropertyNames();
    }

    /** The key prefix of a fact value's type: the enum's simple name ({@code Power}). */
    public static String typeOf(Labelled value) {
        Class<?> type = value.getClass();
        return (type.isEnum() ? type : type.getSuperclass()).getSimpleName();
    }

    private static String get(String key, Lang lang) {
        String text = words(lang).getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no label for " + key);
        }
        return text;
    }

    private static Properties words(Lang lang) {
        return lang == Lang.FR ? FR : EN;
    }

    private static Properties load(String lang) {
        String name = "labels-" + lang + ".properties";
        try (InputStream in = Labels.class.getResourceAsStream(name)) {
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
