package mirage.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The files under a folder of the class path: read straight from the jar (cheaper than a
 * zip file system), or from a build's classes folder.
 */
final class ClassPathFolder {

    private ClassPathFolder() {}

    /**
     * Each regular file under {@code folder} ("mirage-rules", "mirage/facts"), by its path
     * inside it, sorted; null when the class path has no such folder.
     */
    static Map<String, byte[]> read(String folder) throws IOException {
        URL url = ClassPathFolder.class.getClassLoader().getResource(folder);
        if (url == null) {
            return null;
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate " + folder + ": " + e.getMessage(), e);
        }
        Map<String, byte[]> files = new TreeMap<>();
        if ("jar".equals(uri.getScheme())) {
            String spec = uri.getRawSchemeSpecificPart();
            Path jar = Path.of(URI.create(spec.substring(0, spec.indexOf("!/"))));
            String prefix = folder + "/";
            try (JarFile file = new JarFile(jar.toFile())) {
                Enumeration<JarEntry> entries = file.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                        try (InputStream in = file.getInputStream(entry)) {
                            files.put(entry.getName().substring(prefix.length()), in.readAllBytes());
                        }
                    }
                }
            }
            return files;
        }
        Path root = Path.of(uri);
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
