package mirage.audit;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Whether a file met while walking a folder really lies inside it. A symbolic link that
 * leads out of the folder (to /etc/passwd, to a secret of the CI machine) is not read: a
 * charter's sentences are quoted in the report, which a pull request would then publish.
 */
final class InputFolder {

    private InputFolder() {}

    static boolean inside(Path folder, Path file) {
        try {
            return file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}
