package mirage.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import mirage.engine.Lang;
import mirage.engine.Severity;
import mirage.profile.ProfileFormat;
import mirage.profile.SchemaWriter;
import mirage.profile.Shape;
import mirage.profile.Shape.Choice;
import mirage.profile.Shape.Field;
import mirage.profile.Shape.ListOf;
import mirage.profile.Shape.MapOf;
import mirage.profile.Shape.Obj;
import mirage.profile.Shape.Text;

/**
 * The config file, {@code .mirage.yaml}, field by field, declared with the profile format's
 * shapes: the same checks (unknown keys, wrong values, with file, line and column) and the
 * same schema writer ({@code mirage schema --config}).
 */
public final class ConfigFormat {

    /** The file searched for in the current folder, then in each parent. */
    public static final String FILE_NAME = ".mirage.yaml";

    public static final String ID = "https://mirage.example/schema/mirage-config.json";

    /** What {@code fail-on} takes: the severities and {@code never}. */
    static final List<String> FAIL_ON = failOn();

    private ConfigFormat() {}

    /** @param formats the report formats, as {@code -f} names them */
    public static Obj of(List<String> formats) {
        List<Field> reports = new ArrayList<>();
        for (String format : formats) {
            reports.add(Field.optional(format, new Text(),
                    "Write the " + format + " report to this file (relative to the config's folder), or - for standard output."));
        }
        List<Field> waiver = new ArrayList<>(ProfileFormat.WAIVER.fields());
        waiver.add(Field.required("path", new Text(),
                "The files it applies to: a glob relative to the config's folder (charters/hockey.md, charters/**)."));
        Shape severities = new Choice(Arrays.stream(Severity.values()).map(Severity::label).toList());
        return new Obj("config", List.of(
                Field.optional("fail-on", new Choice(FAIL_ON), "Exit 1 when an unwaived finding is at or above this severity (--fail-on)."),
                Field.optional("lang", new Choice(Arrays.stream(Lang.values()).map(l -> l.name().toLowerCase(Locale.ROOT)).toList()),
                        "Language of reports and messages (--lang)."),
                Field.optional("formats", new Obj("formats", reports), "Reports to write, each to its file (-f FORMAT=FILE)."),
                Field.optional("rules", new ListOf(new Text()), "Folders of extra rules, relative to the config's folder (--rules)."),
                Field.optional("baseline", new Text(), "An earlier JSON report, relative to the config's folder (--baseline)."),
                Field.optional("include", new ListOf(new Text()),
                        "Globs of the files read in folders, relative to the config's folder (all when absent)."),
                Field.optional("exclude", new ListOf(new Text()),
                        "Globs of the files never read in folders (**/README.md); files named on the command line are always read."),
                Field.optional("severity", new MapOf("trap ids and severities", severities),
                        "The severity of a trap, for this repository: trap id -> info, low, medium, high or critical."),
                Field.optional("skip", new ListOf(new Text()), "Traps not to report (--skip)."),
                Field.optional("waivers", new ListOf(new Obj("waiver", waiver)),
                        "Accepted risks of the files a path glob names, in the profile's waiver form: kept beside a charter, not in it.")));
    }

    /** The config file's JSON Schema (draft 2020-12). */
    public static String schema(List<String> formats) {
        return SchemaWriter.schema(of(formats), ID, "Mirage configuration (" + FILE_NAME + ")",
                "Settings of 'mirage audit' for the files of a folder; a command-line flag overrides its field.");
    }

    private static List<String> failOn() {
        List<String> values = new ArrayList<>(Arrays.stream(Severity.values()).map(Severity::label).toList());
        values.add("never");
        return List.copyOf(values);
    }
}
