package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.iiifgenerator.config.SettingsRegistry;
import org.iiifgenerator.testsupport.LogCapture;
import org.iiifgenerator.testsupport.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User routes in routes.dir that cannot be loaded stop the start with one message naming the file and the line
 * (exit 2, nothing published), instead of a stack trace or a silently missing route.
 */
class UserRoutesTest {

    @TempDir
    Path dir;

    @Test
    void aSyntaxErrorNamesTheFileAndTheLine() throws IOException {
        Path routes = userRoute("notify.camel.yaml", notifyRouteWithSteps("""
                        - log: "failed"
                       - to: log:failures
                """));

        try (LogCapture log = LogCapture.start()) {
            assertThat(run(routes)).isEqualTo(ExitCodes.INVALID);
            assertThat(String.join("\n", log.lines()))
                    .contains("A route file cannot be loaded")
                    .contains(routes.resolve("notify.camel.yaml") + ", line 7, column 8")
                    .doesNotContain("\tat org.");
        }
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anUnknownStepNamesTheFileAndTheLine() throws IOException {
        Path routes = userRoute("notify.camel.yaml", notifyRouteWithSteps("""
                        - tooo: log:failures
                """));

        try (LogCapture log = LogCapture.start()) {
            assertThat(run(routes)).isEqualTo(ExitCodes.INVALID);
            assertThat(String.join("\n", log.lines())).contains("tooo")
                    .contains(routes.resolve("notify.camel.yaml") + ", line 6");
        }
    }

    @Test
    void aRouteTakingTheIdOfOneOfTheApplicationsIsRefused() throws IOException {
        Path routes = userRoute("mine.camel.yaml", """
                - route:
                    id: image
                    from:
                      uri: "{{events.image-tiled}}"
                      steps:
                        - log: "tiled"
                """);

        try (LogCapture log = LogCapture.start()) {
            assertThat(run(routes)).isEqualTo(ExitCodes.INVALID);
            assertThat(String.join("\n", log.lines())).contains("Duplicate route ids detected: image")
                    .contains("give it an id of its own");
        }
    }

    @Test
    void aMissingRoutesFolderLoadsNothingAndTheRunGoesOn() {
        assertThat(run(dir.resolve("no-such-folder"))).isEqualTo(ExitCodes.OK);
        assertThat(dir.resolve("out/collection/top.json")).isRegularFile();
    }

    /** A route on the task-failed event whose steps (lines 6 on) are {@code steps}. */
    private static String notifyRouteWithSteps(String steps) {
        return """
                - route:
                    id: notify
                    from:
                      uri: "{{events.task-failed}}"
                      steps:
                """ + steps;
    }

    private Path userRoute(String name, String yaml) throws IOException {
        Path routes = Files.createDirectories(dir.resolve("routes"));
        Files.writeString(routes.resolve(name), yaml);
        return routes;
    }

    private int run(Path routes) {
        Path images = dir.resolve("images");
        TestImages.image(images.resolve("a.jpg"), 300, 200);
        return PipelineRunner.runLocal(Map.of(SettingsRegistry.IMAGES, images.toString(),
                SettingsRegistry.OUTPUT, dir.resolve("out").toString(), "routes.dir", routes.toString())).exitCode();
    }
}
