package mirage.cli;

import java.util.concurrent.Callable;
import mirage.config.ConfigFormat;
import mirage.profile.SchemaWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mirage schema}: the JSON Schema of the profile format. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Print the JSON Schema (draft 2020-12) of the profile format mirage/v1, or of the config file.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--config", description = "The schema of the config file, " + ConfigFormat.FILE_NAME + ", instead.")
    boolean config;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(config ? ConfigFormat.schema(Output.Format.labels()) : SchemaWriter.schema());
        spec.commandLine().getOut().flush();
        return ExitCode.CLEAN.code;
    }
}
