package mirage.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The URI of an input as SARIF wants it: relative to the working folder where it can be
 * (GitHub resolves it against the repository root), else an absolute {@code file:} URI.
 */
final class ArtifactUri {

    private final Path workingFolder;

    /** @param workingFolder the folder relative paths are read from, absolute */
    ArtifactUri(Path workingFolder) {
        this.workingFolder = workingFolder.toAbsolutePath().normalize();
    }

    /** The URI of the file shown as {@code file}; {@link #relative} says which kind it is. */
    String of(String file) {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            return encode(file.replace('\\', '/'));
        }
        if (!path.isAbsolute()) {
            return encode(slashes(path.normalize()));
        }
        Path normal = path.normalize();
        if (normal.startsWith(workingFolder)) {
            return encode(slashes(workingFolder.relativize(normal)));
        }
        return normal.toUri().toASCIIString();
    }

    /** Whether {@link #of} gives a URI relative to the working folder. */
    boolean relative(String file) {
        return !of(file).startsWith("file:");
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }

    private static String encode(String relative) {
        // A colon in the first segment would read as a scheme.
        String safe = relative.contains(":") && !relative.startsWith("./") ? "./" + relative : relative;
        try {
            return new URI(null, null, safe, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("no URI for " + relative, e);
        }
    }
}
