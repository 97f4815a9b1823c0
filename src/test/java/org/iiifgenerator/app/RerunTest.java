package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.storage.FileSystemStorage;
import org.iiifgenerator.testsupport.Json;
import org.iiifgenerator.testsupport.PresentationSchema;
import org.iiifgenerator.testsupport.PublishedAudit;
import org.iiifgenerator.testsupport.Reruns;
import org.iiifgenerator.testsupport.RunRecords;
import org.iiifgenerator.testsupport.RunReports;
import org.iiifgenerator.testsupport.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running a collection again: what is unchanged is kept, what changed or was left unfinished is made again, and
 * the manifests always follow the CSV.
 */
class RerunTest {

    /** What the first run is given: iiif.base-url as shipped. */
    private static final String FIRST_BASE_URL = "http://localhost:8000";
    private static final String MOVED = "https://iiif.example.org/moved";

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
    void runRecordsAnEarlierVersionPublishedLeaveTheOutputAndStillKeepTheServices() throws IOException {
        // Where an earlier version left them: in the output, none beside it.
        Path records = RunRecords.of(out);
        for (String kept : List.of(OutputLayout.REPORTS_FOLDER, OutputLayout.PROVENANCE_FOLDER,
                OutputLayout.MEMBERS_CACHE_KEY)) {
            Files.move(records.resolve(kept), out.resolve(kept));
        }

        assertThat(run()).isEqualTo(ExitCodes.OK);

        assertThat(statuses()).containsOnly(Map.entry("a-1", "unchanged"), Map.entry("a-2", "unchanged"),
                Map.entry("b-1", "unchanged"));
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile).map(file -> out.relativize(file).toString()))
                    .as("published files").isNotEmpty().noneMatch(key -> key.startsWith(OutputLayout.REPORTS_FOLDER)
                            || key.startsWith(OutputLayout.PROVENANCE_FOLDER)
                            || key.equals(OutputLayout.MEMBERS_CACHE_KEY));
        }
        assertThat(Reruns.record(out, "b-1")).isRegularFile();
    }

    @Test
    void aServiceLeftWithoutItsRecordIsMadeAgain() throws IOException {
        // A run that died after info.json but before the record, and one that died among the tiles.
        Files.delete(Reruns.record(out, "a-1"));
        Files.delete(Reruns.record(out, "b-1"));
        Files.delete(out.resolve("tiles/b-1/info.json"));

        assertThat(run()).isEqualTo(ExitCodes.OK);

        assertThat(statuses()).containsOnly(Map.entry("a-1", "tiled"), Map.entry("a-2", "unchanged"),
                Map.entry("b-1", "tiled"));
        assertThat(out.resolve("tiles/b-1/info.json")).isRegularFile();
        assertThat(Reruns.record(out, "b-1")).isRegularFile();
    }

    @Test
    void anUnreadableRecordIsTreatedAsMissing() throws IOException {
        Files.writeString(Reruns.record(out, "b-1"), "{not json");

        assertThat(run()).isEqualTo(ExitCodes.OK);

        assertThat(statuses()).containsEntry("b-1", "tiled").containsEntry("a-1", "unchanged");
        assertThat(Json.parse(Files.readAllBytes(Reruns.record(out, "b-1")))
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
    void anotherBaseUrlKeepsEveryTileAndRewritesEveryDocumentWithIt() throws IOException {
        Map<String, byte[]> firstRun = published();
        Map<String, String> tiles = tileFiles();

        assertThat(run("--base-url", MOVED)).isEqualTo(ExitCodes.OK);

        assertThat(statuses().values()).containsOnly("unchanged");
        assertThat(report().path("totals").path("tiles").asInt()).isZero();
        assertThat(tileFiles()).as("no tile written again").isEqualTo(tiles);
        assertMovedTo(MOVED, FIRST_BASE_URL);
        PresentationSchema.assertOutputValid(out);

        assertThat(run()).as("and back").isEqualTo(ExitCodes.OK);
        assertThat(tileFiles()).isEqualTo(tiles);
        Map<String, byte[]> back = published();
        assertThat(back.keySet()).isEqualTo(firstRun.keySet());
        back.forEach((key, bytes) -> assertThat(bytes).as(key).isEqualTo(firstRun.get(key)));
    }

    @Test
    void aVersion2CollectionMovesWithoutTilingToo() throws IOException {
        assertThat(run("--iiif-version", "2")).isEqualTo(ExitCodes.OK);
        assertThat(statuses().values()).as("another version").containsOnly("tiled");
        Map<String, String> tiles = tileFiles();

        assertThat(run("--iiif-version", "2", "--base-url", MOVED)).isEqualTo(ExitCodes.OK);

        assertThat(statuses().values()).containsOnly("unchanged");
        assertThat(tileFiles()).as("no tile written again").isEqualTo(tiles);
        assertMovedTo(MOVED, FIRST_BASE_URL);
        assertThat(Json.parse(Files.readAllBytes(out.resolve("tiles/b-1/info.json"))).path("@id").asText())
                .isEqualTo(MOVED + "/tiles/b-1");
    }

    @Test
    void forceTilesAgainUnderANewBaseUrl() throws IOException {
        assertThat(run("--base-url", MOVED, "--force")).isEqualTo(ExitCodes.OK);

        assertThat(statuses().values()).containsOnly("tiled");
        assertMovedTo(MOVED, FIRST_BASE_URL);
    }

    /**
     * Asserts that every JSON document of the output names {@code base} and none {@code old}, that each info.json
     * has its service's URL as id, and that every tile and size a viewer asks for, and every service and manifest
     * a document points at, is published.
     */
    private void assertMovedTo(String base, String old) throws IOException {
        List<String> documents;
        try (Stream<Path> walk = Files.walk(out)) {
            documents = walk.filter(Files::isRegularFile).map(file -> out.relativize(file).toString())
                    .filter(key -> key.endsWith(".json") || key.endsWith(".jsonl")).toList();
        }
        assertThat(documents).contains("collection/top.json", "collection/index.jsonl", "a/manifest.json",
                "tiles/a-1/info.json");
        for (String document : documents) {
            String text = Files.readString(out.resolve(document));
            // The summary records the base URL itself; every other document has ids under it.
            assertThat(text).as(document).doesNotContain(old)
                    .contains(document.equals(OutputLayout.SUMMARY_KEY) ? base : base + "/");
        }
        for (String service : List.of("a-1", "a-2", "b-1")) {
            JsonNode info = Json.parse(Files.readAllBytes(out.resolve("tiles/" + service + "/info.json")));
            assertThat(info.has("id") ? info.path("id").asText() : info.path("@id").asText())
                    .isEqualTo(base + "/tiles/" + service);
        }
        assertThat(PublishedAudit.problems(new FileSystemStorage(out), base)).isEmpty();
    }

    /** Each tile and pre-rendered image under tiles/ (not info.json) with its inode and modification time. */
    private Map<String, String> tileFiles() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out.resolve("tiles"))) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                if (!file.getFileName().toString().equals("info.json")) {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    files.put(out.relativize(file).toString(),
                            attributes.fileKey() + " " + attributes.lastModifiedTime().toMillis());
                }
            }
        }
        assertThat(files).isNotEmpty();
        return files;
    }

    private int run(String... options) {
        String[] command = Stream.concat(Stream.of("local", "--images", images.toString(), "--csv", csv.toString(),
                "--out", out.toString(), "--tile-size", "128"), Stream.of(options)).toArray(String[]::new);
        return IiifGenerator.commandLine().execute(command);
    }

    private JsonNode report() throws IOException {
        return Json.parse(RunReports.read(out));
    }

    /** Service ("a-1") to status, from the last run's report. */
    private Map<String, String> statuses() throws IOException {
        return Reruns.statuses(out);
    }

    private Map<String, byte[]> published() throws IOException {
        return Reruns.publishedWithoutRunTimes(out);
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
