package mirage.input;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Whether a file really lies inside a folder, links followed. A symbolic link that leads out
 * of the folder (to /etc/passwd, to a secret of the CI machine) is not read: a charter's
 * sentences and a document's words are quoted in the report, which a pull request would
 * then publish.
 */
public final class FolderBounds {

    private FolderBounds() {}

    /** False too when either cannot be resolved. */
    public static boolean inside(Path folder, Path file) {
        try {
            return file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}
