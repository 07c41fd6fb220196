package mirage.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The identity of a finding across edits: file, trap and subject, never the line. */
final class Fingerprint {

    /** One digest per thread: looking one up for each finding costs more than hashing. */
    private static final ThreadLocal<MessageDigest> SHA = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private Fingerprint() {}

    static String of(String file, String trap, String subject) {
        MessageDigest sha = SHA.get();
        sha.reset();
        byte[] digest = sha.digest((file + "\0" + trap + "\0" + subject).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 16);
    }
}
