package mirage.engine;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where compiled rule models are kept. Searched: the {@code mirage-cache} folder beside the
 * jar (filled at install time by {@code mirage cache}), then the user's cache. Written: the
 * user's cache, {@code $MIRAGE_CACHE_DIR}, else {@code $XDG_CACHE_HOME/mirage}, else
 * {@code ~/.cache/mirage}.
 */
public final class CacheFolders {

    /** The name of the prebuilt cache beside the jar. */
    public static final String BESIDE_JAR = "mirage-cache";

    private CacheFolders() {}

    /** The default cache: prebuilt models beside the jar, then the user's cache. */
    public static ModelCache standard() {
        Path user = user();
        List<Path> readable = new ArrayList<>();
        Path beside = besideJar();
        if (beside != null && Files.isDirectory(beside)) {
            readable.add(beside);
        }
        readable.add(user);
        return new ModelCache(readable, user);
    }

    /** A cache in one folder, read and written ({@code --cache-dir}). */
    public static ModelCache at(Path dir) {
        return new ModelCache(List.of(dir), dir);
    }

    /** The user's cache folder. */
    public static Path user() {
        String explicit = System.getProperty("mirage.cache.dir", System.getenv("MIRAGE_CACHE_DIR"));
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "mirage");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "mirage");
    }

    /** {@code mirage-cache} beside the jar (or beside the classes folder in a build). */
    static Path besideJar() {
        try {
            Path code = Path.of(CacheFolders.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.toAbsolutePath().getParent().resolve(BESIDE_JAR);
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
