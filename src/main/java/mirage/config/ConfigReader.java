package mirage.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import mirage.audit.BaseFolder;
import mirage.audit.FileFilter;
import mirage.audit.Glob;
import mirage.engine.Lang;
import mirage.engine.Severity;
import mirage.input.InputError;
import mirage.input.Problem;
import mirage.input.SourceText;
import mirage.input.Wording;
import mirage.profile.Node;
import mirage.profile.Node.Entry;
import mirage.profile.Node.ListNode;
import mirage.profile.Node.MapNode;
import mirage.profile.Node.ScalarNode;
import mirage.profile.ProfileReader;
import mirage.profile.ShapeCheck;
import mirage.profile.TreeReader;

/**
 * Finds and reads {@code .mirage.yaml}. Its text is checked with the profile reader's tree
 * and shape check, so a bad config is refused like a bad profile: every problem, each with
 * file, line and column.
 */
public final class ConfigReader {

    private ConfigReader() {}

    /** {@code .mirage.yaml} in {@code folder} or the nearest parent that has one. */
    public static Optional<Path> find(Path folder) {
        for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve(ConfigFormat.FILE_NAME);
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /**
     * @param formats the report formats, as {@code -f} names them
     * @param maxSize the largest config read, in bytes
     */
    public static Config read(Path file, List<String> formats, long maxSize) throws InputError {
        String shown = BaseFolder.current().shown(file);
        SourceText source = SourceText.read(file, shown, maxSize);
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (onlyComments(source.text())) {
            return new Config(file, shown, null, null, Map.of(), List.of(), null, FileFilter.ALL, Map.of(), List.of(), List.of(), List.of());
        }
        Node root = TreeReader.readYaml(source);
        List<Problem> problems = new ArrayList<>(ShapeCheck.check(shown, root, ConfigFormat.of(formats)));
        if (!problems.isEmpty()) {
            throw new InputError(problems);
        }
        return new Binding(file, shown, folder).bind((MapNode) root);
    }

    private static boolean onlyComments(String text) {
        return text.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("#") || l.equals("---"));
    }

    /** Reads a config tree already checked against its shape. */
    private static final class Binding {
        private final Path file;
        private final String shown;
        private final Path folder;
        private final List<Problem> problems = new ArrayList<>();
        private final List<TrapName> trapNames = new ArrayList<>();

        Binding(Path file, String shown, Path folder) {
            this.file = file;
            this.shown = shown;
            this.folder = folder;
        }

        Config bind(MapNode root) throws InputError {
            Map<String, Entry> e = root.entries();
            String failOn = text(e.get("fail-on"));
            String lang = text(e.get("lang"));
            Map<String, Path> formats = new LinkedHashMap<>();
            for (Entry format : entries(e.get("formats"))) {
                String target = text(format);
                if (target != null) {
                    formats.put(format.key(), target.equals("-") ? null : folder.resolve(target).normalize());
                }
            }
            List<Path> rules = items(e.get("rules")).stream().map(n -> folder.resolve(text(n)).normalize()).toList();
            String baseline = text(e.get("baseline"));
            FileFilter files = new FileFilter(globs(e.get("include")), globs(e.get("exclude")));
            Map<String, Severity> severities = new LinkedHashMap<>();
            for (Entry entry : entries(e.get("severity"))) {
                String label = text(entry);
                if (label != null) {
                    severities.put(entry.key(), Severity.byLabel(label));
                    trapNames.add(new TrapName(entry.key(), entry.line(), entry.column()));
                }
            }
            List<String> skip = new ArrayList<>();
            for (Node item : items(e.get("skip"))) {
                skip.add(text(item));
                trapNames.add(new TrapName(text(item), item.line(), item.column()));
            }
            List<ConfigWaiver> waivers = new ArrayList<>();
            for (Node item : items(e.get("waivers"))) {
                MapNode waiver = (MapNode) item;
                Glob path = glob(waiver.entries().get("path").value());
                Node trap = waiver.entries().get("trap").value();
                trapNames.add(new TrapName(text(trap), trap.line(), trap.column()));
                if (path != null) {
                    waivers.add(new ConfigWaiver(path, ProfileReader.waiver(shown, waiver)));
                }
            }
            if (!problems.isEmpty()) {
                throw new InputError(problems);
            }
            return new Config(file, shown, failOn,
                    lang == null ? null : Lang.valueOf(lang.toUpperCase(Locale.ROOT)), formats, rules,
                    baseline == null ? null : folder.resolve(baseline).normalize(), files, severities, skip, waivers, trapNames);
        }

        private List<Glob> globs(Entry entry) {
            List<Glob> globs = new ArrayList<>();
            for (Node item : items(entry)) {
                Glob glob = glob(item);
                if (glob != null) {
                    globs.add(glob);
                }
            }
            return globs;
        }

        private Glob glob(Node node) {
            try {
                return Glob.of(text(node));
            } catch (IllegalArgumentException ex) {
                problems.add(Problem.of(shown, node.line(), node.column(), Wording.of("config.glob", text(node), ex.getMessage())));
                return null;
            }
        }

        private static List<Entry> entries(Entry entry) {
            return entry != null && entry.value() instanceof MapNode map ? List.copyOf(map.entries().values()) : List.of();
        }

        private static List<Node> items(Entry entry) {
            return entry != null && entry.value() instanceof ListNode list
                    ? list.items().stream().filter(n -> !(n instanceof ScalarNode s && s.value() == null)).toList() : List.of();
        }

        private static String text(Entry entry) {
            return entry == null ? null : text(entry.value());
        }

        private static String text(Node node) {
            return node instanceof ScalarNode s && s.value() != null ? String.valueOf(s.value()) : null;
        }
    }
}
