package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.iiifgenerator.testsupport.Json;
import org.iiifgenerator.testsupport.PresentationSchema;
import org.iiifgenerator.testsupport.Reruns;
import org.iiifgenerator.testsupport.TestImages;
import org.iiifgenerator.testsupport.VipsCli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --pyramid-tiff tiles+tiff} publishes a pyramidal TIFF per page beside the tiles, kept by reruns;
 * {@code tiff} publishes it instead of them.
 */
class PyramidTiffPublishingTest {

    @TempDir
    Path dir;

    private Path images;
    private Path out;

    @BeforeEach
    void images() {
        images = dir.resolve("images");
        TestImages.image(images.resolve("a/p1.jpg"), 400, 300, 1);
        TestImages.image(images.resolve("a/p2.jpg"), 300, 400, 2);
        TestImages.image(images.resolve("b.jpg"), 500, 200, 3);
        out = dir.resolve("out");
    }

    @Test
    void aTiffPerPageIsPublishedBesideTheTilesAndAnUnchangedRerunKeepsIt() throws IOException {
        assertThat(run("--pyramid-tiff", "tiles+tiff")).isEqualTo(ExitCodes.OK);

        assertThat(tiffs().keySet()).containsExactly("tiff/a-1.tif", "tiff/a-2.tif", "tiff/b-1.tif");
        String header = VipsCli.run("vipsheader", "-a", out.resolve("tiff/a-1.tif").toString());
        assertThat(header).contains("width: 400", "height: 300").as("levels 400, 200 and 100")
                .containsPattern("(?m)^n-pages: 3$");
        assertThat(out.resolve("tiles/a-1/info.json")).as("the static service too").isRegularFile();
        assertThat(out.resolve("a/manifest.json")).isRegularFile();
        Map<String, FileTime> written = tiffs();

        assertThat(run("--pyramid-tiff", "tiles+tiff")).isEqualTo(ExitCodes.OK);

        assertThat(Reruns.statuses(out).values()).containsOnly("unchanged");
        assertThat(tiffs()).as("no TIFF written again").isEqualTo(written);
    }

    @Test
    void changingTheSettingMakesEveryServiceAgainWithOrWithoutItsTiff() throws IOException {
        assertThat(run()).isEqualTo(ExitCodes.OK);
        assertThat(out.resolve("tiff")).doesNotExist();

        assertThat(run("--pyramid-tiff", "tiles+tiff")).isEqualTo(ExitCodes.OK);
        assertThat(Reruns.statuses(out).values()).as("services without a TIFF are made again").containsOnly("tiled");
        assertThat(tiffs()).hasSize(3);

        assertThat(run("--pyramid-tiff", "tiles")).isEqualTo(ExitCodes.OK);
        assertThat(Reruns.statuses(out).values()).containsOnly("tiled");
        assertThat(tiffs()).as("a TIFF no longer made is not left to show an older page").isEmpty();
    }

    @Test
    void removingAnObjectRemovesItsTiffs() throws IOException {
        assertThat(run("--pyramid-tiff", "tiles+tiff")).isEqualTo(ExitCodes.OK);

        assertThat(IiifGenerator.commandLine().execute("remove", "--out", out.toString(), "a")).isEqualTo(ExitCodes.OK);

        assertThat(tiffs().keySet()).containsExactly("tiff/b-1.tif");
    }

    @Test
    void anUnknownModeIsRefusedNamingTheOption() {
        assertThat(run("--pyramid-tiff", "tif")).isEqualTo(ExitCodes.INVALID);
        assertThat(out.resolve("tiles")).doesNotExist();
    }

    /**
     * {@code --pyramid-tiff tiff}: a pyramidal TIFF per page and no static tiles, the manifests pointing at the
     * image server given. What the server is asked for is checked against what it would serve from: each service's
     * identifier names a published TIFF, whose size is the canvas's.
     */
    @Nested
    class WithoutTiles {

        private static final String SERVER = "https://images.example.org/iiif/3";
        private static final String OTHER_SERVER = "https://iiif.example.org/cantaloupe/iiif/3";

        @Test
        void theTiffsArePublishedWithoutTilesAndTheManifestsPointAtTheImageServer() throws IOException {
            assertThat(run("--pyramid-tiff", "tiff", "--image-server", SERVER + "/")).isEqualTo(ExitCodes.OK);

            assertThat(out.resolve("tiff/a-1.tif")).isRegularFile();
            assertThat(out.resolve("tiff/a-2.tif")).isRegularFile();
            assertThat(out.resolve("tiff/b-1.tif")).isRegularFile();
            assertThat(out.resolve("tiles")).as("no static service at all").doesNotExist();
            PresentationSchema.assertOutputValid(out);

            List<JsonNode> services = services3(out.resolve("a/manifest.json"));
            assertThat(services).hasSize(4).allSatisfy(service -> {
                assertThat(service.path("type").asText()).isEqualTo("ImageService3");
                assertThat(service.path("profile").asText()).isEqualTo("level2");
            });
            assertThat(services.getFirst().path("id").asText()).isEqualTo(SERVER + "/tiff%2Fa-1");
            assertEveryServiceServesAPublishedTiffOfItsCanvasSize(out.resolve("a/manifest.json"));
            assertEveryServiceServesAPublishedTiffOfItsCanvasSize(out.resolve("b/manifest.json"));

            JsonNode body = Json.parse(Files.readAllBytes(out.resolve("a/manifest.json")))
                    .at("/items/0/items/0/items/0/body");
            assertThat(body.path("id").asText()).as("a size the server renders, named as the body's width and height")
                    .isEqualTo(SERVER + "/tiff%2Fa-1/full/400,300/0/default.jpg");
            assertThat(body.path("width").asInt()).isEqualTo(400);

            JsonNode collection = Json.parse(Files.readAllBytes(out.resolve("collection/top.json")));
            assertThat(collection.at("/items/0/thumbnail/0/service/0/id").asText()).startsWith(SERVER + "/tiff%2F");
        }

        @Test
        void inVersion2TheServiceIsALevel2ImageService() throws IOException {
            assertThat(run("--pyramid-tiff", "tiff", "--image-server", SERVER, "--iiif-version", "2"))
                    .isEqualTo(ExitCodes.OK);

            JsonNode image = Json.parse(Files.readAllBytes(out.resolve("b/manifest.json")))
                    .at("/sequences/0/canvases/0/images/0/resource");
            assertThat(image.path("@id").asText()).isEqualTo(SERVER + "/tiff%2Fb-1/full/500,/0/default.jpg");
            assertThat(image.at("/service/@id").asText()).isEqualTo(SERVER + "/tiff%2Fb-1");
            assertThat(image.at("/service/profile").asText()).isEqualTo("http://iiif.io/api/image/2/level2.json");
            assertThat(out.resolve("tiles")).doesNotExist();
        }

        @Test
        void movingFromTilesToTiffsRemovesTheTilesAndAnotherServerKeepsTheTiffs() throws IOException {
            assertThat(run()).isEqualTo(ExitCodes.OK);
            assertThat(out.resolve("tiles/a-1/info.json")).isRegularFile();

            assertThat(run("--pyramid-tiff", "tiff", "--image-server", SERVER)).isEqualTo(ExitCodes.OK);
            assertThat(Reruns.statuses(out).values()).as("made again, as TIFFs").containsOnly("tiled");
            assertThat(files(out.resolve("tiles"))).as("no static service left to show an older page").isEmpty();
            long written = Files.getLastModifiedTime(out.resolve("tiff/a-1.tif")).toMillis();

            assertThat(run("--pyramid-tiff", "tiff", "--image-server", OTHER_SERVER)).isEqualTo(ExitCodes.OK);
            assertThat(Reruns.statuses(out).values()).as("a new server changes no TIFF").containsOnly("unchanged");
            assertThat(Files.getLastModifiedTime(out.resolve("tiff/a-1.tif")).toMillis()).isEqualTo(written);
            assertThat(services3(out.resolve("a/manifest.json")))
                    .allSatisfy(service -> assertThat(service.path("id").asText())
                            .startsWith(OTHER_SERVER + "/tiff%2Fa-"));
            assertThat(Json.parse(Files.readAllBytes(out.resolve("collection/top.json")))
                    .at("/items/0/thumbnail/0/service/0/id").asText()).startsWith(OTHER_SERVER + "/");
            PresentationSchema.assertOutputValid(out);
        }

        @Test
        void tiffsWithoutAnImageServerAreRefusedBeforeAnyWork() {
            assertThat(run("--pyramid-tiff", "tiff")).isEqualTo(ExitCodes.INVALID);
            assertThat(run("--image-server", SERVER)).as("a server the manifests would not use")
                    .isEqualTo(ExitCodes.INVALID);
            assertThat(out.resolve("tiff")).doesNotExist();
            assertThat(out.resolve("tiles")).doesNotExist();
        }

        /**
         * Every image service the manifest names is {@code <server>/<identifier>}, the identifier a TIFF's key without
         * {@code .tif}; that TIFF is published, and its full resolution is the canvas's size.
         */
        private void assertEveryServiceServesAPublishedTiffOfItsCanvasSize(Path manifest) throws IOException {
            JsonNode canvases = Json.parse(Files.readAllBytes(manifest)).path("items");
            assertThat(canvases).isNotEmpty();
            for (JsonNode canvas : canvases) {
                String id = canvas.at("/items/0/items/0/body/service/0/id").asText();
                String server = id.substring(0, id.lastIndexOf('/'));
                String identifier = id.substring(id.lastIndexOf('/') + 1);
                assertThat(server).isIn(SERVER, OTHER_SERVER);
                Path tiff = out.resolve(URLDecoder.decode(identifier, StandardCharsets.UTF_8) + ".tif");
                assertThat(tiff).as(id).isRegularFile();
                String header = VipsCli.run("vipsheader", "-a", tiff.toString());
                assertThat(header).contains("width: " + canvas.path("width").asInt(),
                        "height: " + canvas.path("height").asInt());
            }
        }

        /** The image services of a Presentation 3 manifest's painting bodies and thumbnails. */
        private static List<JsonNode> services3(Path manifest) throws IOException {
            List<JsonNode> services = new ArrayList<>();
            for (JsonNode canvas : Json.parse(Files.readAllBytes(manifest)).path("items")) {
                services.add(canvas.at("/items/0/items/0/body/service/0"));
                services.add(canvas.at("/thumbnail/0/service/0"));
            }
            return services;
        }

        private static List<Path> files(Path folder) throws IOException {
            if (!Files.exists(folder)) {
                return List.of();
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                return walk.filter(Files::isRegularFile).toList();
            }
        }
    }

    private int run(String... options) {
        String[] command = Stream.concat(Stream.of("local", "--images", images.toString(), "--out", out.toString(),
                "--tile-size", "128"), Stream.of(options)).toArray(String[]::new);
        return IiifGenerator.commandLine().execute(command);
    }

    /** The published TIFFs, by key, with the time each was written. */
    private Map<String, FileTime> tiffs() throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        Path folder = out.resolve("tiff");
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    times.put(out.relativize(file).toString(), Files.getLastModifiedTime(file));
                }
            }
        }
        return times;
    }
}
