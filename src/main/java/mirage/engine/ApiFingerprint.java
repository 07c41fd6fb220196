package mirage.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.Map;
import java.util.stream.Stream;

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
            sha.update(BuildInfo.drools().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (Class<?> api : List.of(Hits.class, Clauses.class)) {
                sha.update(classBytes(api));
            }
            URL facts = ApiFingerprint.class.getClassLoader().getResource("mirage/facts");
            if (facts != null) {
                for (Map.Entry<String, byte[]> file : factClasses(facts.toURI()).entrySet()) {
                    sha.update(file.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    sha.update(file.getValue());
                }
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException | IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the fact model's classes", e);
        }
    }

    /** The bytes of every fact class, by name: from the jar, or from the classes folder of a build. */
    private static Map<String, byte[]> factClasses(URI uri) throws IOException {
        Map<String, byte[]> classes = new TreeMap<>();
        if ("jar".equals(uri.getScheme())) {
            String spec = uri.getRawSchemeSpecificPart();
            try (JarFile jar = new JarFile(Path.of(URI.create(spec.substring(0, spec.indexOf("!/")))).toFile())) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    if (entry.getName().startsWith("mirage/facts/") && entry.getName().endsWith(".class")) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            classes.put(entry.getName(), in.readAllBytes());
                        }
                    }
                }
            }
            return classes;
        }
        Path root = Path.of(uri);
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".class")).toList()) {
                classes.put("mirage/facts/" + root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return classes;
    }

    private static byte[] classBytes(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return in == null ? new byte[0] : in.readAllBytes();
        }
    }
}
