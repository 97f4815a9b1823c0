package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What the demo tells users to do once it has published: serve the output and open the viewers. */
class DemoCommandTest {

    private static final Path OUTPUT = Path.of("/tmp/iiif-demo/output");

    @Test
    void pointsAtServeAndTheViewerPageForTheDefaultBaseUrl() {
        String text = howToLook("http://localhost:8000");

        assertThat(text).contains("iiif-generator serve " + OUTPUT + "\n", "open http://localhost:8000/_viewer/",
                "http://localhost:8000/collection/top.json").doesNotContain("--port", "npx");
    }

    @Test
    void namesThePortOfAnotherLocalBaseUrl() {
        assertThat(howToLook("http://127.0.0.1:9000")).contains("iiif-generator serve " + OUTPUT + " --port 9000",
                "open http://127.0.0.1:9000/_viewer/");
    }

    @Test
    void saysHowToPreviewACollectionPublishedForAnotherHost() {
        assertThat(howToLook("https://iiif.example.org/demo")).contains(
                "Its ids start with https://iiif.example.org/demo", "--base-url http://localhost:8000",
                "iiif-generator serve " + OUTPUT).doesNotContain("_viewer");
    }

    private static String howToLook(String baseUrl) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DemoCommand.printHowToLook(new PrintStream(bytes, true, StandardCharsets.UTF_8), OUTPUT, baseUrl);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
