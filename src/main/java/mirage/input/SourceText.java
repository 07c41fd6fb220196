package mirage.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The text of one input file: strict UTF-8 (a bad byte is an error with its position), a
 * leading byte-order mark dropped, and a size limit checked before anything is read.
 *
 * @param name how reports name the file (the path as given, or "-" for stdin)
 */
public record SourceText(String name, String text) {

    /** The default size limit for one input, raised with {@code --max-input-size}. */
    public static final long DEFAULT_LIMIT = 16L * 1024 * 1024;

    /**
     * Reads a regular file (a symbolic link is followed): a device, a pipe or a folder is
     * refused, since it could be endless or block. At most {@code limit} bytes are read,
     * whatever size the file system reports.
     */
    public static SourceText read(Path path, String name, long limit) throws InputError {
        try {
            if (!Files.exists(path)) {
                throw InputError.at(name, 0, 0, "no such file");
            }
            if (!Files.isRegularFile(path)) {
                throw InputError.at(name, 0, 0, "not a regular file (a folder, a device or a pipe); Mirage reads only files");
            }
            long size = Files.size(path);
            if (size > limit) {
                throw tooLarge(name, size, limit);
            }
            try (InputStream in = Files.newInputStream(path)) {
                return read(in, name, limit);
            }
        } catch (NoSuchFileException e) {
            throw InputError.at(name, 0, 0, "no such file");
        } catch (IOException e) {
            throw InputError.at(name, 0, 0, "cannot read: " + e.getMessage());
        }
    }

    public static SourceText read(InputStream in, String name, long limit) throws InputError {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw tooLarge(name, bytes.length, limit);
            }
            return decode(name, bytes);
        } catch (IOException e) {
            throw InputError.at(name, 0, 0, "cannot read: " + e.getMessage());
        }
    }

    static SourceText decode(String name, byte[] bytes) throws InputError {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            int control = firstControl(text);
            if (control >= 0) {
                char c = text.charAt(control);
                throw InputError.at(name, lineOf(text, control), columnOf(text, control),
                        (c == 0 ? "a NUL character" : "a control character (U+%04X)".formatted((int) c))
                                + ": this looks like a binary file, not a profile or a charter");
            }
            return new SourceText(name, text);
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes);
            String good = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            throw InputError.at(name, lineOf(good, good.length()), columnOf(good, good.length()),
                    "not valid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8".formatted(bytes[bad] & 0xFF, bad));
        }
    }

    /** The first C0 control character other than tab, line feed, carriage return and form feed, or -1. */
    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                return i;
            }
        }
        return -1;
    }

    private static InputError tooLarge(String name, long size, long limit) {
        return InputError.at(name, 0, 0, "file of %,d bytes is over the limit of %,d bytes (raise it with --max-input-size)"
                .formatted(size, limit));
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    /** The 1-based line of a character offset; lines end with LF, CRLF or a lone CR, as in YAML. */
    public static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (breaksAt(text, i)) {
                line++;
            }
        }
        return line;
    }

    /** The 1-based column of a character offset. */
    public static int columnOf(String text, int offset) {
        int start = -1;
        for (int i = Math.min(offset, text.length()) - 1; i >= 0; i--) {
            if (breaksAt(text, i)) {
                start = i;
                break;
            }
        }
        return offset - start;
    }

    /** Whether a line ends at this character: a LF, or a CR not followed by a LF. */
    private static boolean breaksAt(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n');
    }
}
