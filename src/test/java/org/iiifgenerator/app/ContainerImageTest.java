package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The container image's recipe, checked without a Docker engine: what it copies is in the build context, it
 * installs the very package list CI installs, and its entry point, command and health check are commands the
 * application has.
 */
class ContainerImageTest {

    private static final Path DOCKERFILE = Path.of("docker/Dockerfile");
    private static final Path LAUNCHER_IN_IMAGE = Path.of("/opt/iiif-generator/bin/iiif-generator");

    @Test
    void everythingCopiedFromTheBuildContextExistsAndIsNotIgnored() throws IOException {
        List<String> included = Files.readAllLines(Path.of(".dockerignore")).stream()
                .filter(line -> line.startsWith("!")).map(line -> line.substring(1)).toList();
        List<String> sources = contextSources(Files.readString(DOCKERFILE));

        assertThat(sources).contains("pom.xml", "src", "bin/iiif-generator", "docker/runtime-packages.txt");
        for (String source : sources) {
            assertThat(Path.of(source)).as("copied into the image").exists();
            assertThat(included).as("%s is sent to the build (.dockerignore)", source)
                    .anyMatch(entry -> entry.equals(source) || entry.startsWith(source + "/")
                            || source.startsWith(entry));
        }
    }

    @Test
    void theImageInstallsThePackageListCiInstallsAndPreloadsJemalloc() throws IOException {
        String dockerfile = Files.readString(DOCKERFILE);
        List<String> packages = Files.readAllLines(Path.of("docker/runtime-packages.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();

        assertThat(dockerfile).contains("install-packages.sh /tmp/packages/runtime-packages.txt");
        assertThat(Files.readString(Path.of("bin/setup-debian")))
                .contains("docker/install-packages.sh", "docker/runtime-packages.txt");
        assertThat(Files.readString(Path.of("bin/test"))).contains("bin/setup-debian");
        assertThat(Files.readString(Path.of(".ci/run"))).contains("bin/test");
        assertThat(packages).contains("libvips42", "libjemalloc2");
        assertThat(dockerfile).contains("libjemalloc.so.2").containsPattern("ENV LD_PRELOAD=\\S*libjemalloc\\.so\\.2");
    }

    @Test
    void entryPointCommandAndHealthCheckAreTheLauncherAndItsCommands() throws IOException {
        String dockerfile = Files.readString(DOCKERFILE);
        List<String> commands = new ArrayList<>(IiifGenerator.commandLine().getSubcommands().keySet());

        assertThat(dockerfile).contains("COPY bin/iiif-generator bin/find-java25 " + LAUNCHER_IN_IMAGE.getParent() + "/");
        assertThat(exec(dockerfile, "ENTRYPOINT")).containsExactly(LAUNCHER_IN_IMAGE.toString());
        assertThat(exec(dockerfile, "CMD")).singleElement().isIn(commands);
        List<String> health = exec(dockerfile, "HEALTHCHECK.*?CMD");
        assertThat(health.getFirst()).isEqualTo(LAUNCHER_IN_IMAGE.toString());
        assertThat(health.get(1)).isEqualTo("health").isIn(commands);
        assertThat(commands).contains("run", "batch", "finalize", "lambda", "submit");
        assertThat(dockerfile).containsPattern("(?m)^USER [1-9][0-9]*");
    }

    /** The sources of COPY instructions that read the build context (not another stage). */
    private static List<String> contextSources(String dockerfile) {
        List<String> sources = new ArrayList<>();
        for (String line : dockerfile.split("\n")) {
            if (line.startsWith("COPY ") && !line.contains("--from=")) {
                String[] words = line.substring(5).trim().split("\\s+");
                for (int i = 0; i < words.length - 1; i++) {
                    sources.add(words[i].replaceAll("/$", "").replace("./", ""));
                }
            }
        }
        return sources;
    }

    /** The exec-form arguments of the (last) instruction matching {@code instruction}. */
    private static List<String> exec(String dockerfile, String instruction) {
        Matcher matcher = Pattern.compile("(?ms)^" + instruction + "\\s*\\[([^]]*)]").matcher(dockerfile);
        List<String> arguments = List.of();
        while (matcher.find()) {
            arguments = Pattern.compile("\"([^\"]*)\"").matcher(matcher.group(1)).results()
                    .map(result -> result.group(1)).toList();
        }
        return arguments;
    }
}
