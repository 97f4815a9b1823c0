package org.iiifgenerator.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.iiifgenerator.app.IiifGenerator;
import org.iiifgenerator.testsupport.Json;
import org.iiifgenerator.testsupport.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The demo collection as a person previews it: published for the preview server's URL, served by it, and opened
 * from the viewer index in Chromium (src/test/browser/viewers.mjs, with the build's playwright-core): an image
 * service in OpenSeadragon, the collection and one of its manifests in Mirador, with its page labels and table of
 * contents. Chromium and Node.js are what bin/test installs (through bin/setup-debian) before it builds; without
 * them this test fails rather than pass unseen.
 */
class ViewersInBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCRIPT = Path.of("src/test/browser/viewers.mjs");
    private static final String IMAGE_SERVICE = "tiles/mandelbrot-1";
    private static final String SETUP = "run the tests with bin/test (as CI does), which installs it";

    @TempDir
    Path dir;

    /** In either version: Mirador reads the table of contents from 3's nested ranges and from 2.1's top range. */
    @ParameterizedTest(name = "IIIF {0}")
    @ValueSource(strings = {"3", "2"})
    void openSeadragonAndMiradorDrawTheDemoCollectionWithoutAnHttpError(String version) throws Exception {
        assertThat(CHROMIUM).as("Chromium, for the viewer test: %s", SETUP).isExecutable();
        Path demo = dir.resolve("demo");
        Path output = Files.createDirectories(demo.resolve("output"));
        try (PreviewServer server = PreviewServer.start(output,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            String baseUrl = server.url().toString().replaceAll("/$", "");
            int published = new CommandLine(new IiifGenerator())
                    .execute("demo", "--out", demo.toString(), "--base-url", baseUrl, "--iiif-version", version);
            assertThat(published).as("demo published").isZero();

            JsonNode report = viewersReport(server, IMAGE_SERVICE);
            assertDrawnWithoutAnHttpError(report);
            // The collection's first manifest is the demo's atlas, whose CSV page rows label its first canvas and
            // give it a table of contents of two levels.
            JsonNode mirador = report.path("mirador");
            assertThat(mirador.path("manifestLabel").asText()).isEqualTo("A three-page atlas");
            assertThat(mirador.path("canvasInfo").asText()).as("Mirador's line under the canvas")
                    .isEqualTo("1 of 3 • Title page");
            assertThat(mirador.path("tableOfContents")).extracting(JsonNode::asText)
                    .as("Mirador's table of contents, expanded").containsExactly("Maps", "Western sheets");
        }
    }

    /**
     * A page narrower than one tile and taller than three, in Image API 2.1: OpenSeadragon and Mirador ask for its
     * full-resolution tiles with the size {@code full} (they are as wide as the image), not {@code 100,}.
     */
    @Test
    void aNarrowTallPageInVersion2IsDrawnWithoutAnHttpError() throws Exception {
        assertThat(CHROMIUM).as("Chromium, for the viewer test: %s", SETUP).isExecutable();
        Path images = dir.resolve("images");
        TestImages.image(images.resolve("strip.png"), 100, 700);
        Path output = Files.createDirectories(dir.resolve("output"));
        try (PreviewServer server = PreviewServer.start(output,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            String baseUrl = server.url().toString().replaceAll("/$", "");
            int published = new CommandLine(new IiifGenerator()).execute("local", "--images", images.toString(),
                    "--out", output.toString(), "--base-url", baseUrl, "--iiif-version", "2");
            assertThat(published).as("the strip published").isZero();

            JsonNode report = viewersReport(server, "tiles/strip-1");
            assertDrawnWithoutAnHttpError(report);
            // OpenSeadragon is watched until every tile in view is loaded; Mirador only until it drew, which may be
            // before it asks for the full resolution, so its requests are checked only for errors.
            assertThat(report.path("openSeadragon").path("imagePaths")).as("full-width tiles OpenSeadragon asked for")
                    .anyMatch(path -> path.asText().matches(".*/0,\\d+,100,\\d+/full/0/default\\.jpg"));
        }
    }

    private static void assertDrawnWithoutAnHttpError(JsonNode report) {
        String seen = report.toPrettyString();
        assertThat(report.path("httpErrors")).as("responses >= 400: %s", seen).isEmpty();
        assertThat(report.path("failedRequests")).as("failed requests: %s", seen).isEmpty();
        assertThat(report.path("pageErrors")).as("uncaught page errors: %s", seen).isEmpty();
        JsonNode openSeadragon = report.path("openSeadragon");
        assertThat(openSeadragon.path("imagesLoaded").asInt()).as("tiles OpenSeadragon loaded: %s", seen)
                .isPositive();
        assertThat(openSeadragon.path("fullyLoaded").asBoolean()).as("all tiles in view: %s", seen).isTrue();
        assertThat(openSeadragon.path("drawn").asBoolean()).as("OpenSeadragon drew them: %s", seen).isTrue();
        JsonNode mirador = report.path("mirador");
        assertThat(mirador.path("manifestLabel").asText()).as("a manifest chosen from the collection: %s", seen)
                .isNotBlank();
        assertThat(mirador.path("imagesLoaded").asInt()).as("images Mirador loaded: %s", seen).isPositive();
        assertThat(mirador.path("thumbnailDrawn").asBoolean()).as("Mirador's thumbnails: %s", seen).isTrue();
        assertThat(mirador.path("drawn").asBoolean()).as("Mirador drew the canvas: %s", seen).isTrue();
    }

    /** Runs the browser script with node; its stdout is the JSON report. */
    private JsonNode viewersReport(PreviewServer server, String imageService) throws IOException, InterruptedException {
        Path stdout = dir.resolve("viewers.json");
        Path stderr = dir.resolve("viewers.log");
        Process node;
        try {
            node = new ProcessBuilder("node", SCRIPT.toString(), CHROMIUM.toString(), server.viewerUrl().toString(),
                    imageService).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        } catch (IOException notInstalled) {
            return fail("Node.js runs the viewer test and builds the viewers: %s (%s)", SETUP,
                    notInstalled.getMessage());
        }
        if (!node.waitFor(3, TimeUnit.MINUTES)) {
            node.destroyForcibly().waitFor();
            fail("The browser script did not end within 3 minutes; its log:%n%s", Files.readString(stderr));
        }
        assertThat(node.exitValue()).as("the browser script's exit code; its log:%n%s", Files.readString(stderr))
                .isZero();
        return Json.parse(Files.readString(stdout));
    }
}
