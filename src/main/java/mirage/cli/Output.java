package mirage.cli;

import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** One report to write: a format, to a file or (file null) to standard output. */
record Output(Format format, Path file) {

    /** The report formats. */
    enum Format {
        TEXT, JSON, SARIF, JUNIT, MARKDOWN, HTML;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Every format, as {@code -f} names it. */
        static java.util.List<String> labels() {
            return java.util.Arrays.stream(values()).map(Format::label).toList();
        }

        /** The format {@code -f} names {@code label}. */
        static Format of(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT));
        }
    }

    /** Reads "FORMAT" or "FORMAT=FILE". */
    static final class Converter implements ITypeConverter<Output> {
        @Override
        public Output convert(String value) {
            int eq = value.indexOf('=');
            String name = eq < 0 ? value : value.substring(0, eq);
            Format format = null;
            for (Format f : Format.values()) {
                if (f.label().equalsIgnoreCase(name)) {
                    format = f;
                }
            }
            if (format == null) {
                throw new TypeConversionException("unknown format '" + name + "'; expected text, json, sarif, junit, markdown or html, optionally =FILE");
            }
            if (eq >= 0 && eq == value.length() - 1) {
                throw new TypeConversionException("'" + value + "' names no file after '='");
            }
            return new Output(format, eq < 0 ? null : Path.of(value.substring(eq + 1)));
        }
    }
}
