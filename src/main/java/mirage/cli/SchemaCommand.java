package mirage.cli;

import java.util.concurrent.Callable;
import mirage.profile.SchemaWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mirage schema}: the JSON Schema of the profile format. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Version.class, description = "Print the JSON Schema (draft 2020-12) of the profile format mirage/v1.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(SchemaWriter.schema());
        spec.commandLine().getOut().flush();
        return ExitCode.CLEAN.code;
    }
}
