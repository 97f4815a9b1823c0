package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.iiifgenerator.testsupport.Json;
import org.iiifgenerator.testsupport.PresentationSchema;
import org.iiifgenerator.testsupport.Reruns;
import org.iiifgenerator.testsupport.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running a collection again: what is unchanged is kept, what changed or was left unfinished is made again, and
 * the manifests always follow the CSV.
 */
class RerunTest {

    @TempDir
    Path dir;

    private Path images;
    private Path csv;
    private Path out;

    @BeforeEach
    void firstRun() throws IOException {
        images = dir.resolve("images");
        TestImages.image(images.resolve("a/p1.jpg"), 400, 300, 1);
        TestImages.image(images.resolve("a/p2.jpg"), 300, 400, 2);
        TestImages.image(images.resolve("b.jpg"), 500, 200, 3);
        csv = Files.writeString(dir.resolve("meta.csv"), "identifier,title\na,Letter A\nb,Photograph B\n");
        out = dir.resolve("out");
        assertThat(run()).isEqualTo(ExitCodes.OK);
        assertThat(statuses()).containsOnly(Map.entry("a-1", "tiled"), Map.entry("a-2", "tiled"),
                Map.entry("b-1", "tiled"));
    }

    @Test
    void anUnchangedCollectionIsNotTiledAgainAndItsOutputStaysByteForByte() throws IOException {
        Map<String, byte[]> before = published();
        Map<String, FileTime> tileTimes = modificationTimes("tiles/");

        assertThat(run()).isEqualTo(ExitCodes.OK);

        assertThat(statuses()).containsOnly(Map.entry("a-1", "unchanged"), Map.entry("a-2", "unchanged"),
                Map.entry("b-1", "unchanged"));
        assertThat(modificationTimes("tiles/")).as("no tile written again").isEqualTo(tileTimes);
        Map<String, byte[]> after = published();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        after.forEach((key, bytes) -> assertThat(bytes).as(key).isEqualTo(before.get(key)));
        JsonNode totals = report().path("totals");
        assertThat(totals.path("imagesTiled").asInt()).isZero();
        assertThat(totals.path("imagesUnchanged").asInt()).isEqualTo(3);
        assertThat(totals.path("tiles").asInt()).isZero();
    }

    @Test
    void aChangedCsvRewritesTheManifestsWithoutTiling() throws IOException {
        Files.writeString(csv, "identifier,title\na,Letter A (revised)\nb,Photograph B\n");

        assertThat(run()).isEqualTo(ExitCodes.OK);

        assertThat(statuses().values()).containsOnly("unchanged");
        JsonNode manifest = PresentationSchema.assertValid(out.resolve("a/manifest.json"));
        assertThat(manifest.path("label").toString()).contains("Letter A (revised)");
        assertThat(manifest.path("items")).hasSize(2);
        assertThat(manifest.path("items").get(1).path("width").asInt()).isEqualTo(300);
        PresentationSchema.assertOutputValid(out);
    }

    @Test
    void onlyTheChangedFileIsTiledAgain() throws IOException {
        Map<String, FileTime> kept = modificationTimes("tiles/b-1/");
        TestImages.image(images.resolve("a/p2.jpg"), 320, 410, 9);

        assertThat(run()).isEqualTo(ExitCodes.OK);

        assertThat(statuses()).containsOnly(Map.entry("a-1", "unchanged"), Map.entry("a-2", "tiled"),
                Map.entry("b-1", "unchanged"));
        assertThat(out.resolve("tiles/a-2/info.json")).content().contains("\"width\" : 320");
        assertThat(modificationTimes("tiles/b-1/")).isEqualTo(kept);
        JsonNode canvas = PresentationSchema.assertValid(out.resolve("a/manifest.json")).path("items").get(1);
        assertThat(canvas.path("width").asInt()).as("the canvas follows the new image").isEqualTo(320);
    }

    @Test
    void aServiceLeftWithoutItsRecordIsMadeAgain() throws IOException {
        // A run that died after info.json but before the record, and one that died among the tiles.
        Files.delete(out.resolve("collection/provenance/tiles/a-1.json"));
        Files.delete(out.resolve("collection/provenance/tiles/b-1.json"));
        Files.delete(out.resolve("tiles/b-1/info.json"));

        assertThat(run()).isEqualTo(ExitCodes.OK);

        assertThat(statuses()).containsOnly(Map.entry("a-1", "tiled"), Map.entry("a-2", "unchanged"),
                Map.entry("b-1", "tiled"));
        assertThat(out.resolve("tiles/b-1/info.json")).isRegularFile();
        assertThat(out.resolve("collection/provenance/tiles/b-1.json")).isRegularFile();
    }

    @Test
    void anUnreadableRecordIsTreatedAsMissing() throws IOException {
        Files.writeString(out.resolve("collection/provenance/tiles/b-1.json"), "{not json");

        assertThat(run()).isEqualTo(ExitCodes.OK);

        assertThat(statuses()).containsEntry("b-1", "tiled").containsEntry("a-1", "unchanged");
        assertThat(Json.parse(Files.readAllBytes(out.resolve("collection/provenance/tiles/b-1.json")))
                .path("service").path("width").asInt()).isEqualTo(500);
    }

    @Test
    void otherSettingsOrForceTileEverythingAgain() throws IOException {
        assertThat(run("--quality", "60")).isEqualTo(ExitCodes.OK);
        assertThat(statuses().values()).as("another quality").containsOnly("tiled");

        assertThat(run("--quality", "60")).isEqualTo(ExitCodes.OK);
        assertThat(statuses().values()).as("the same settings again").containsOnly("unchanged");

        assertThat(run("--quality", "60", "--force")).isEqualTo(ExitCodes.OK);
        assertThat(statuses().values()).as("--force").containsOnly("tiled");
    }

    @Test
    void anotherBaseUrlTilesEverythingAgainBecauseInfoJsonCarriesIt() throws IOException {
        assertThat(run("--base-url", "https://iiif.example.org/moved")).isEqualTo(ExitCodes.OK);

        assertThat(statuses().values()).containsOnly("tiled");
        assertThat(out.resolve("tiles/b-1/info.json")).content().contains("https://iiif.example.org/moved/tiles/b-1");
    }

    private int run(String... options) {
        String[] command = Stream.concat(Stream.of("local", "--images", images.toString(), "--csv", csv.toString(),
                "--out", out.toString(), "--tile-size", "128"), Stream.of(options)).toArray(String[]::new);
        return IiifGenerator.commandLine().execute(command);
    }

    private JsonNode report() throws IOException {
        return Json.parse(Files.readAllBytes(out.resolve("collection/report.json")));
    }

    /** Service ("a-1") to status, from the last run's report. */
    private Map<String, String> statuses() throws IOException {
        return Reruns.statuses(out);
    }

    private Map<String, byte[]> published() throws IOException {
        return Reruns.publishedWithoutReport(out);
    }

    private Map<String, FileTime> modificationTimes(String prefix) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out.resolve(prefix))) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                times.put(out.relativize(file).toString(), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }
}
