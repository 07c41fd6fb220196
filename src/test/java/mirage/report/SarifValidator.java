package mirage.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Microsoft's SARIF validator ({@code Sarif.Multitool validate}), as the build installs it
 * with npm in the pre-integration-test phase (see pom.xml). When it is not there or does
 * not run, the test that needs it fails and says why: it never skips silently.
 */
record SarifValidator(Path executable) {

    /** Where the build installs the npm package; {@code sarif.validator.dir} overrides it. */
    static final Path INSTALLED = Path.of(System.getProperty("sarif.validator.dir", "target/sarif-validator"));

    static SarifValidator installed() throws IOException, InterruptedException {
        Path module = INSTALLED.resolve("node_modules/@microsoft/sarif-multitool").toAbsolutePath();
        if (!Files.isDirectory(module)) {
            throw new AssertionError("The SARIF validator is not installed at " + module + ". The build installs it in the"
                    + " pre-integration-test phase with 'npm install @microsoft/sarif-multitool@5.7.0' (pom.xml, exec-maven-plugin):"
                    + " run 'mvn -B verify' with Node.js and npm on the PATH and the npm registry reachable.");
        }
        // The package resolves its platform's binary itself (index.js): ask node for the path.
        Result where = run(List.of("node", "-p", "require(process.argv[1])", module.toString()), 60);
        Path executable = Path.of(where.out().strip());
        if (where.code() != 0 || !Files.isRegularFile(executable)) {
            throw new AssertionError("The SARIF validator's binary for this platform could not be found from " + module
                    + " (node said: " + where.out().strip() + where.err().strip() + ")");
        }
        if (!Files.isExecutable(executable) && !executable.toFile().setExecutable(true)) {
            throw new AssertionError(executable + " is not executable, and could not be made so");
        }
        return new SarifValidator(executable);
    }

    /** Validates the files with GitHub's rules and SARIF's own; writes its findings, as SARIF, to {@code output}. */
    Result validate(List<Path> files, Path output) throws IOException, InterruptedException {
        // The files first: list options such as --log would take the values that follow them.
        List<String> command = new ArrayList<>(List.of(executable.toString(), "validate"));
        files.forEach(f -> command.add(f.toAbsolutePath().toString()));
        command.addAll(List.of("--rule-kind", "Gh;Sarif", "--output", output.toAbsolutePath().toString(), "--log", "ForceOverwrite"));
        return run(command, 300);
    }

    String version() throws IOException, InterruptedException {
        Result result = run(List.of(executable.toString(), "--version"), 60);
        return (result.out() + result.err()).lines().findFirst().orElse("Sarif.Multitool").strip();
    }

    record Result(int code, String out, String err) {}

    private static Result run(List<String> command, int seconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("validator-out", ".txt");
        Path err = Files.createTempFile("validator-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            // The validator is a .NET program: without ICU on the machine, invariant globalisation keeps it running.
            builder.environment().put("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1");
            builder.environment().put("DOTNET_CLI_TELEMETRY_OPTOUT", "1");
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                throw new AssertionError("could not run " + command.get(0) + ": " + e.getMessage(), e);
            }
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out after " + seconds + " s: " + String.join(" ", command));
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
