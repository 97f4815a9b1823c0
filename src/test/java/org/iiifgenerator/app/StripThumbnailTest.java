package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.iiifgenerator.testsupport.Json;
import org.iiifgenerator.testsupport.ServiceFolders;
import org.iiifgenerator.testsupport.TestImages;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A long strip's thumbnail, in the collection, the search index and the manifest, is a size that can be seen:
 * its largest listed size (3 x 1250 for 40 x 20000), not its smallest (1 x 157) nor a one-pixel-wide 1 x 313.
 */
class StripThumbnailTest {

    private static final String BASE_URL = "https://iiif.example.org/c";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "Image and Presentation API {0}")
    @ValueSource(strings = {"3", "2"})
    void aLongStripsThumbnailIsItsLargestListedSize(String version) throws IOException {
        Path images = dir.resolve("images");
        TestImages.image(images.resolve("strip.png"), 40, 20000);
        Path out = dir.resolve("out");

        assertThat(IiifGenerator.commandLine().execute("local", "--images", images.toString(), "--out",
                out.toString(), "--base-url", BASE_URL, "--iiif-version", version)).isEqualTo(ExitCodes.OK);

        boolean v3 = version.equals("3");
        String expected = BASE_URL + "/tiles/strip-1/full/" + (v3 ? "3,1250" : "3,") + "/0/default.jpg";
        JsonNode collection = Json.parse(Files.readAllBytes(out.resolve("collection/top.json")));
        JsonNode manifest = Json.parse(Files.readAllBytes(out.resolve("strip/manifest.json")));
        JsonNode index = Json.parse(Files.readString(out.resolve("collection/index.jsonl")).lines().findFirst()
                .orElseThrow());
        List<String> thumbnails = v3
                ? List.of(collection.path("items").path(0).path("thumbnail").path(0).path("id").asText(),
                        manifest.path("items").path(0).path("thumbnail").path(0).path("id").asText(),
                        index.path("thumbnail").asText())
                : List.of(collection.path("manifests").path(0).path("thumbnail").path("@id").asText(),
                        manifest.path("sequences").path(0).path("canvases").path(0).path("thumbnail").path("@id")
                                .asText(), index.path("thumbnail").asText());
        assertThat(thumbnails).as("collection, canvas and index thumbnails").containsOnly(expected);
        ServiceFolders.assertPixelSize(out.resolve(expected.substring(BASE_URL.length() + 1)), 3, 1250);
    }
}
