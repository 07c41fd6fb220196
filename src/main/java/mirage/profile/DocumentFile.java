package mirage.profile;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import mirage.input.FolderBounds;

/**
 * Where a profile's {@code documents[].file} points. Only files inside the profile's own
 * folder are read: a profile from a stranger must not make Mirage read, and quote in its
 * report, a file elsewhere on the machine ({@code /etc/passwd}, {@code ../../secrets}),
 * nor follow a symbolic link out of the folder.
 */
public final class DocumentFile {

    private DocumentFile() {}

    /** The file, or null when the name leaves the folder (absolute, {@code ..}, or a link out of it). */
    public static Path resolve(Path folder, String name) {
        try {
            Path base = folder.toAbsolutePath().normalize();
            Path path = base.resolve(name).normalize();
            if (Path.of(name).isAbsolute() || !path.startsWith(base)) {
                return null;
            }
            if (Files.exists(path) && !FolderBounds.inside(base, path)) {
                return null;
            }
            return path;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
