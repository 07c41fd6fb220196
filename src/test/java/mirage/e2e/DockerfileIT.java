package mirage.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile, as far as it can be checked without a Docker engine: linted by
 * dockerfile-utils (installed by the build from the npm registry; hadolint is on none of the
 * registries this machine reaches), and read instruction by instruction for what the image
 * promises: Java 17's JRE, the precompiled catalogue inside, a user without privileges,
 * /work, the mirage command as entry point, and only files that exist and that the
 * .dockerignore lets through.
 */
class DockerfileIT {

    static final Path DOCKERFILE = Path.of("Dockerfile");

    record Instruction(String keyword, String arguments, int stage) {}

    static List<Instruction> instructions() throws IOException {
        List<Instruction> list = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int stage = -1;
        for (String line : Files.readAllLines(DOCKERFILE)) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            current.append(line.strip());
            if (line.endsWith("\\")) {
                current.setLength(current.length() - 1);
                current.append(' ');
                continue;
            }
            String text = current.toString();
            current.setLength(0);
            int space = text.indexOf(' ');
            String keyword = text.substring(0, space);
            if (keyword.equals("FROM")) {
                stage++;
            }
            list.add(new Instruction(keyword, text.substring(space + 1).strip(), stage));
        }
        return list;
    }

    @Test
    void dockerfileUtilsFindsNothingToSay() throws IOException, InterruptedException {
        Path lint = Path.of(System.getProperty("dockerfile.lint.dir", "target/dockerfile-lint"), "node_modules", ".bin", "dockerfile-utils");
        assertTrue(Files.isExecutable(lint), "installed by the build: " + lint);
        Path out = Files.createTempFile("dockerfile-lint", ".txt");
        Process process = new ProcessBuilder(lint.toString(), "lint", DOCKERFILE.toString()).redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        String said = Files.readString(out);
        Files.delete(out);
        assertEquals(0, process.exitValue(), said);
        assertEquals("", said.strip());
    }

    @Test
    void theImageIsJava17sJreWithTheCacheInsideRunAsAUserInWork() throws IOException {
        List<Instruction> all = instructions();
        int last = all.get(all.size() - 1).stage();
        List<Instruction> image = all.stream().filter(i -> i.stage() == last).toList();
        assertEquals("eclipse-temurin:17-jre", image.get(0).arguments());
        assertTrue(image.stream().anyMatch(i -> i.keyword().equals("COPY") && i.arguments().contains("target/mirage-cache")),
                "the precompiled catalogue is in the image");
        assertTrue(image.stream().anyMatch(i -> i.keyword().equals("RUN") && i.arguments().contains("src/main/launcher/install /opt/mirage")),
                "the launcher and its archive are made in the image");
        String user = image.stream().filter(i -> i.keyword().equals("USER")).reduce((a, b) -> b).orElseThrow().arguments();
        assertNotEquals("root", user);
        assertNotEquals("0", user);
        assertTrue(image.stream().anyMatch(i -> i.keyword().equals("RUN") && i.arguments().contains("useradd") && i.arguments().contains(user)));
        assertEquals("/work", image.stream().filter(i -> i.keyword().equals("WORKDIR")).reduce((a, b) -> b).orElseThrow().arguments());
        assertEquals("[\"mirage\"]", image.stream().filter(i -> i.keyword().equals("ENTRYPOINT")).reduce((a, b) -> b).orElseThrow().arguments());
    }

    @Test
    void everyFileCopiedFromTheRepositoryExistsAndIsNotIgnored() throws IOException {
        List<String> allowed = Files.readAllLines(Path.of(".dockerignore")).stream()
                .filter(l -> l.startsWith("!")).map(l -> l.substring(1).replaceAll("/$", "")).toList();
        for (Instruction copy : instructions()) {
            if (!copy.keyword().equals("COPY") || copy.arguments().startsWith("--from")) {
                continue;
            }
            String[] parts = copy.arguments().split("\\s+");
            for (int i = 0; i < parts.length - 1; i++) {
                String source = parts[i];
                assertTrue(Files.exists(Path.of(source)), source + " does not exist");
                assertTrue(allowed.stream().anyMatch(a -> source.equals(a) || source.startsWith(a + "/")),
                        source + " is left out by .dockerignore");
            }
        }
    }
}
