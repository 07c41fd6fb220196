package mirage.audit;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.stream.Collectors;
import mirage.charter.CharterReader;
import mirage.charter.Recognizer;
import mirage.engine.Recognition;
import mirage.engine.RuleBase;
import mirage.facts.Dossier;
import mirage.jargon.JargonMeter;
import mirage.facts.InputKind;
import mirage.framework.Frameworks;
import mirage.framework.ProfileLaw;
import mirage.input.InputError;
import mirage.input.Limits;
import mirage.input.SourceText;
import mirage.profile.Node;
import mirage.profile.ProfileReader;
import mirage.profile.TextMeter;
import mirage.profile.TreeReader;

/** Reads any input Mirage accepts into a dossier, choosing the reader by file extension. */
public final class InputReader {

    private final ProfileReader profiles;
    private final CharterReader charters;
    private final ProfileLaw laws;
    private final Limits limits;

    public InputReader(TextMeter meter, Recognizer recognizer) {
        this(meter, recognizer, Limits.DEFAULT);
    }

    public InputReader(TextMeter meter, Recognizer recognizer, Limits limits) {
        this(meter, recognizer, limits, Frameworks.NONE, Set.of());
    }

    /**
     * @param frameworks the laws bodies are read with (traps.md, section I)
     * @param traps      the catalogue's trap ids, which waivers must name (checked with the file's other problems)
     */
    public InputReader(TextMeter meter, Recognizer recognizer, Limits limits, Frameworks frameworks, Set<String> traps) {
        this.profiles = new ProfileReader(meter, limits, traps);
        this.charters = new CharterReader(profiles, recognizer, meter, frameworks);
        this.laws = new ProfileLaw(frameworks);
        this.limits = limits;
    }

    /** A reader with the lexicons and recognition rules of these rules. */
    public static InputReader of(RuleBase rules) {
        return of(rules, Limits.DEFAULT);
    }

    /** A reader with the lexicons and recognition rules of these rules, holding inputs to these limits. */
    public static InputReader of(RuleBase rules, Limits limits) {
        Set<String> traps = rules.traps().stream().map(t -> t.id()).collect(Collectors.toUnmodifiableSet());
        return new InputReader(JargonMeter.from(rules.folders()), new Recognition(rules, limits)::recognise, limits,
                Frameworks.of(rules.folders()), traps);
    }

    /** Whether a file name is one {@code audit} reads when it walks a folder. */
    public static boolean accepts(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")
                || name.endsWith(".md") || name.endsWith(".txt");
    }

    public static InputKind kindOf(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".txt") ? InputKind.CHARTER : InputKind.PROFILE;
    }

    /**
     * @param folder where paths inside the input are resolved
     * @param kind   profile or charter
     * @param json   for a profile, read it as JSON rather than YAML
     */
    public Dossier read(SourceText source, Path folder, InputKind kind, boolean json) throws InputError {
        if (kind == InputKind.CHARTER) {
            return charters.read(source, folder);
        }
        Node root = json ? TreeReader.readJson(source, limits) : TreeReader.readYaml(source, limits);
        return laws.read(source.name(), root, tree -> profiles.read(source.name(), tree, folder, InputKind.PROFILE));
    }

    /** Reads a file, choosing profile or charter, YAML or JSON, from its name. */
    public Dossier read(SourceText source, Path folder) throws InputError {
        String name = source.name().toLowerCase(Locale.ROOT);
        return read(source, folder, kindOf(name), name.endsWith(".json"));
    }
}
