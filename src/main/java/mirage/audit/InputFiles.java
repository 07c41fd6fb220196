package mirage.audit;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import mirage.input.FolderBounds;
import mirage.input.Problem;
import mirage.input.Wording;

/**
 * The files an {@code audit} reads: files named on the command line, every profile and
 * charter under a named folder (hidden folders skipped), or {@code -} for standard input.
 *
 * @param files    in order: named files first as given, then each folder's files sorted
 * @param skipped  files met in folders that are neither profiles nor charters
 * @param problems paths that do not exist or hold nothing to audit
 */
public record InputFiles(List<Input> files, List<String> skipped, List<Problem> problems) {

    /**
     * One file to read; {@code path} is null for standard input.
     *
     * @param named true when the command line names it, false when found in a folder
     */
    public record Input(Path path, String shown, boolean named) {

        public static final String STDIN = "-";

        public boolean stdin() {
            return path == null;
        }
    }

    public static InputFiles expand(List<String> args) {
        return expand(args, BaseFolder.current(), FileFilter.ALL);
    }

    /**
     * @param base   the folder files are named from ({@link BaseFolder#shown})
     * @param filter which files found in folders are read; files named in {@code args} always are
     */
    public static InputFiles expand(List<String> args, BaseFolder base, FileFilter filter) {
        List<Input> files = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals(Input.STDIN)) {
                files.add(new Input(null, Input.STDIN, true));
                continue;
            }
            Path path = Path.of(arg);
            String shown = base.shown(path);
            if (Files.isDirectory(path)) {
                List<Input> found = walk(path, base, filter, skipped, problems);
                if (found.isEmpty()) {
                    problems.add(Problem.of(shown, 0, 0, Wording.of(filter.equals(FileFilter.ALL) ? "files.none" : "files.none-filtered")));
                }
                files.addAll(found);
            } else if (Files.isRegularFile(path)) {
                if (InputReader.accepts(path.getFileName().toString())) {
                    files.add(new Input(path, shown, true));
                } else {
                    problems.add(Problem.of(shown, 0, 0, Wording.of("files.not-input")));
                }
            } else if (Files.exists(path)) {
                problems.add(Problem.of(shown, 0, 0, Wording.of("files.not-regular")));
            } else {
                problems.add(Problem.of(shown, 0, 0, Wording.of("files.missing")));
            }
        }
        return new InputFiles(files, skipped, problems);
    }

    private static List<Input> walk(Path dir, BaseFolder base, FileFilter filter, List<String> skipped, List<Problem> problems) {
        List<Input> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    boolean hidden = !d.equals(dir) && d.getFileName().toString().startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (name.startsWith(".")) {
                        return FileVisitResult.CONTINUE;
                    }
                    String shown = base.shown(file);
                    if (!filter.reads(shown)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink() && !FolderBounds.inside(dir, file)) {
                        problems.add(Problem.of(shown, 0, 0, Wording.of("files.link-out")));
                    } else if (InputReader.accepts(name)) {
                        found.add(new Input(file, shown, false));
                    } else {
                        skipped.add(shown);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(Problem.of(base.shown(file), 0, 0, Wording.of("files.unreadable", e.getMessage())));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(Problem.of(base.shown(dir), 0, 0, Wording.of("files.unreadable", e.getMessage())));
        }
        found.sort(Comparator.comparing(Input::shown));
        return found;
    }
}
