package mirage.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;

/**
 * A digest of the classes compiled rules are bound to: the fact records and the finding
 * API. A model compiled against other versions of them is never loaded.
 */
final class ApiFingerprint {

    private static byte[] digest;

    private ApiFingerprint() {}

    static synchronized byte[] bytes() {
        if (digest == null) {
            digest = compute();
        }
        return digest.clone();
    }

    private static byte[] compute() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Class<?> api : List.of(Hits.class, Clauses.class)) {
                sha.update(classBytes(api));
            }
            Map<String, byte[]> facts = ClassPathFolder.read("mirage/facts");
            if (facts != null) {
                for (Map.Entry<String, byte[]> file : facts.entrySet()) {
                    if (file.getKey().endsWith(".class")) {
                        sha.update(("mirage/facts/" + file.getKey()).getBytes(StandardCharsets.UTF_8));
                        sha.update(file.getValue());
                    }
                }
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("cannot read the fact model's classes", e);
        }
    }

    private static byte[] classBytes(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return in == null ? new byte[0] : in.readAllBytes();
        }
    }
}
