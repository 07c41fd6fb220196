package mirage.profile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import mirage.facts.Waiver;
import mirage.facts.Dossier;
import mirage.facts.InputKind;
import mirage.input.InputError;
import mirage.input.Limits;
import mirage.input.Problem;
import mirage.input.SourceText;

/** Reads a profile ({@code mirage/v1}, YAML or JSON) into a dossier of facts, or says why it cannot. */
public final class ProfileReader {

    private final TextMeter meter;
    private final Limits limits;
    private final Shape.Obj format;

    public ProfileReader(TextMeter meter) {
        this(meter, Limits.DEFAULT);
    }

    public ProfileReader(TextMeter meter, Limits limits) {
        this(meter, limits, Set.of());
    }

    /**
     * @param traps the catalogue's trap ids: a waiver naming another is an error found with
     *              every other problem of the file (empty: waivers' traps are checked later)
     */
    public ProfileReader(TextMeter meter, Limits limits, Set<String> traps) {
        this.meter = meter;
        this.limits = limits;
        this.format = ProfileFormat.profile(traps);
    }

    /** The limits this reader holds its inputs to. */
    public Limits limits() {
        return limits;
    }

    /**
     * @param folder where paths inside the profile ({@code documents[].file}) are resolved
     * @param json   true to read the text as JSON, false as YAML
     */
    public Dossier read(SourceText source, Path folder, boolean json) throws InputError {
        Node root = json ? TreeReader.readJson(source, limits) : TreeReader.readYaml(source, limits);
        return bind(source.name(), root, folder, InputKind.PROFILE);
    }

    /** Reads YAML front matter, or any YAML that uses the profile's fields, into a dossier. */
    public Dossier readYaml(SourceText source, Path folder, InputKind kind) throws InputError {
        return bind(source.name(), TreeReader.readYaml(source, limits), folder, kind);
    }

    /** Reads a profile tree built elsewhere (a charter's facts merged with its front matter). */
    public Dossier read(String file, Node root, Path folder, InputKind kind) throws InputError {
        return bind(file, root, folder, kind);
    }

    private Dossier bind(String file, Node root, Path folder, InputKind kind) throws InputError {
        // Every problem of the file at once: its shape, and the bodies its records name.
        List<Problem> problems = new ArrayList<>(ShapeCheck.check(file, root, format));
        boolean shaped = problems.isEmpty();
        problems.addAll(BodyReferences.check(file, root));
        Dossier dossier = null;
        if (shaped) {
            try {
                dossier = new DossierBinder(file, folder, meter, limits).bind(root, kind);
            } catch (InputError e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            throw new InputError(problems);
        }
        return dossier;
    }

    /** A waiver written in the profile's form, read from elsewhere (the config file), without its body checked. */
    public static Waiver waiver(String file, Node node) {
        return DossierBinder.waiver(Fields.of(file, node));
    }
}
