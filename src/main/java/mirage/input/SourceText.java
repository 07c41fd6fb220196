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

    public static SourceText read(Path path, String name, long limit) throws InputError {
        try {
            long size = Files.size(path);
            if (size > limit) {
                throw tooLarge(name, size, limit);
            }
            return decode(name, Files.readAllBytes(path));
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
            if (text.indexOf('\0') >= 0) {
                int at = text.indexOf('\0');
                throw InputError.at(name, lineOf(text, at), columnOf(text, at),
                        "a NUL character: this looks like a binary file, not a profile or a charter");
            }
            return new SourceText(name, text);
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes);
            String good = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            throw InputError.at(name, lineOf(good, good.length()), columnOf(good, good.length()),
                    "not valid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8".formatted(bytes[bad] & 0xFF, bad));
        }
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

    /** The 1-based line of a character offset. */
    public static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The 1-based column of a character offset. */
    public static int columnOf(String text, int offset) {
        int start = text.lastIndexOf('\n', Math.max(0, offset - 1));
        if (offset == 0) {
            start = -1;
        }
        return offset - start;
    }
}
