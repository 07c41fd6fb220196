package mirage.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A folder of rules and their case files: the built-in catalogue, or one given with {@code --rules}. */
public record RuleFolder(String name, List<RuleFile> files) {

    /** Where the built-in catalogue sits on the class path (copied there from {@code rules/}). */
    static final String BUILT_IN = "mirage-rules";

    public RuleFolder {
        files = files.stream().sorted(Comparator.comparing(RuleFile::path)).toList();
    }

    /** The catalogue shipped in the jar; its files are shown as {@code rules/...}, where their sources live. */
    public static RuleFolder builtIn() {
        Map<String, byte[]> entries;
        try {
            entries = ClassPathFolder.read(BUILT_IN);
        } catch (IOException | IllegalArgumentException e) {
            throw new RuleError("cannot read the built-in catalogue: " + e.getMessage(), e);
        }
        if (entries == null) {
            throw new RuleError("the built-in catalogue is missing from the class path (" + BUILT_IN + ")", null);
        }
        List<RuleFile> files = new ArrayList<>();
        entries.forEach((path, bytes) -> {
            if (!hidden(path)) {
                files.add(new RuleFile(path, "rules/" + path, new String(bytes, StandardCharsets.UTF_8)));
            }
        });
        return new RuleFolder("built-in", files);
    }

    /** A folder on disk; its files are shown by their path as given. */
    public static RuleFolder of(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RuleError(dir.toString(), 0, 0, "not a folder of rules");
        }
        try {
            String shown = dir.toString().endsWith("/") ? dir.toString() : dir + "/";
            RuleFolder folder = read(dir.toString(), dir, shown);
            if (folder.rules().isEmpty()) {
                throw new RuleError(dir.toString(), 0, 0, "no rule (.drl file) in this folder");
            }
            return folder;
        } catch (IOException e) {
            throw new RuleError(dir.toString(), 0, 0, "cannot read: " + e.getMessage());
        }
    }

    private static RuleFolder read(String name, Path root, String shownPrefix) throws IOException {
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String path = root.relativize(p).toString().replace('\\', '/');
                if (hidden(path)) {
                    continue;
                }
                files.add(new RuleFile(path, shownPrefix + path, Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return new RuleFolder(name, files);
    }

    /** A file or folder whose name starts with a dot (".git/", ".DS_Store") is not part of a rule folder. */
    private static boolean hidden(String path) {
        return path.startsWith(".") || path.contains("/.");
    }

    /** Where the recognition rules of charter clauses sit in a folder. */
    public static final String RECOGNITION = "charter/";

    public List<RuleFile> rules() {
        return files.stream().filter(RuleFile::isRule).toList();
    }

    /** The rules that find traps in facts. */
    public List<RuleFile> trapRules() {
        return rules().stream().filter(f -> !f.path().startsWith(RECOGNITION)).toList();
    }

    /** The rules that read charter sentences into facts. */
    public List<RuleFile> recognitionRules() {
        return rules().stream().filter(f -> f.path().startsWith(RECOGNITION)).toList();
    }

    public List<RuleFile> cases() {
        return files.stream().filter(RuleFile::isCases).toList();
    }

    /** The files under a sub-folder ("jargon/"), by path. */
    public List<RuleFile> under(String prefix) {
        return files.stream().filter(f -> f.path().startsWith(prefix)).toList();
    }

    /** A digest of every file of these folders, path and content: "sha256:...". */
    public static String digest(List<RuleFolder> folders) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleFolder folder : folders) {
                for (RuleFile file : folder.files()) {
                    sha.update(file.shown().getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    sha.update(file.text().getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                }
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
