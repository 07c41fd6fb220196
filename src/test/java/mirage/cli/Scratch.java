package mirage.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files the command-line tests write in their temporary folder. */
final class Scratch {

    /** The smallest profile with a trap: one advisory body. */
    static final String ADVISORY = "organisation: {name: Ville}\nbodies:\n  - id: comite\n    power: advisory\n";

    private Scratch() {}

    /** Writes {@code text} to {@code name} under {@code dir}, making its folders. */
    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
