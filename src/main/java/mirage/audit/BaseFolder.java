package mirage.audit;

import java.io.File;
import java.nio.file.Path;

/**
 * The folder that input paths are named from in reports and fingerprints: the config's
 * folder, else the current folder. A file inside it is named by its path relative to it,
 * written with {@code /}, however it was typed ({@code charters/}, {@code ./charters/} or
 * an absolute path) and on any system; a file outside it by its absolute path. So the same
 * file always has the same fingerprint, and a baseline stays valid.
 */
public record BaseFolder(Path dir) {

    public BaseFolder {
        dir = dir.toAbsolutePath().normalize();
    }

    /** The current folder. */
    public static BaseFolder current() {
        return new BaseFolder(Path.of(""));
    }

    /** How {@code file} is named in reports. */
    public String shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path named = absolute.startsWith(dir) ? dir.relativize(absolute) : absolute;
        String text = named.toString().replace(File.separatorChar, '/');
        return text.isEmpty() ? "." : text;
    }
}
