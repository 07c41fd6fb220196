package mirage.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Action ({@code action.yml}), its steps run as the runner runs them
 * ({@link ActionRunner}) on a repository of charters, with the built jar.
 */
class ActionIT {

    @TempDir
    Path workspace;

    @TempDir
    Path temp;

    @BeforeEach
    void repository() throws IOException {
        Files.createDirectories(workspace.resolve("charters"));
        Files.copy(Path.of("sample-facts/charters/comite-consultatif-hockey-mineur.md"),
                workspace.resolve("charters/comite-consultatif-hockey-mineur.md"));
        Files.writeString(workspace.resolve("charters/README.md"), "# Our charters\n\nOne file per committee.\n");
    }

    ActionRunner runner() {
        return new ActionRunner(Path.of(""), workspace, temp);
    }

    @Test
    void aCharterWithAHighTrapFailsTheStepAfterUploadingSarifAndWritingTheSummary() throws Exception {
        ActionRunner.Result result = runner().run(Map.of("paths", "charters/comite-consultatif-hockey-mineur.md"));
        assertTrue(result.failed(), result::log);
        assertEquals("1", result.outputs().get("exit-code"), result::log);
        assertEquals(1, result.uploaded().size(), result::log);
        assertTrue(Files.readString(result.uploaded().get(0)).contains("\"ruleId\" : \"representation-trap\"")
                || Files.readString(result.uploaded().get(0)).contains("\"ruleId\": \"representation-trap\""), result::log);
        assertTrue(result.summary().contains("| File | Body |") && result.summary().contains("representation trap"), result::summary);
        assertTrue(result.log().contains("::error title=Mirage::"), result::log);
    }

    @Test
    void theRepositorysConfigIsReadAndInputsOverrideIt() throws Exception {
        Files.writeString(workspace.resolve(".mirage.yaml"), "fail-on: never\nexclude: [\"**/README.md\"]\nlang: fr\n");
        ActionRunner.Result clean = runner().run(Map.of("paths", "charters/"));
        assertFalse(clean.failed(), clean::log);
        assertEquals("0", clean.outputs().get("exit-code"));
        assertTrue(clean.summary().contains("piège de la représentation"), "lang: fr " + clean.summary());
        assertFalse(clean.summary().contains("README.md"), "exclude: " + clean.summary());
        ActionRunner.Result strict = runner().run(Map.of("paths", "charters/", "fail-on", "high", "lang", "en", "formats", "html=mirage.html"));
        assertTrue(strict.failed(), strict::log);
        assertTrue(strict.summary().contains("representation trap"), strict::summary);
        assertTrue(Files.isRegularFile(workspace.resolve("mirage.html")), "a further format, in the workspace");
    }

    @Test
    void aGivenJarIsUsedAndNothingIsBuilt() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/bin/sh\necho 'mvn must not run' >&2\nexit 99\n");
        mvn.toFile().setExecutable(true);
        ActionRunner.Result result = runner().env("PATH", bin + ":" + System.getenv("PATH"))
                .run(Map.of("paths", "charters/comite-consultatif-hockey-mineur.md", "fail-on", "never",
                        "jar", Path.of("target/mirage.jar").toAbsolutePath().toString(), "upload-sarif", "false"));
        assertFalse(result.failed(), result::log);
        assertFalse(result.log().contains("mvn must not run"), result::log);
        assertTrue(result.uploaded().isEmpty(), "upload-sarif: false");
        assertTrue(result.log().contains("skipped: Upload to code scanning"), result::log);
    }

    @Test
    void anUnknownInputIsRefusedAsTheRunnerWouldWarn() {
        try {
            runner().run(Map.of("path", "charters/"));
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("'path'"));
            return;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("an input the action does not declare was accepted");
    }
}
