package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.iiifgenerator.storage.S3Storage;
import org.iiifgenerator.testsupport.ApplicationOnS3Proxy;
import org.iiifgenerator.testsupport.PresentationSchema;
import org.iiifgenerator.testsupport.PublishedAudit;
import org.iiifgenerator.testsupport.Reruns;
import org.iiifgenerator.testsupport.RunReports;
import org.iiifgenerator.testsupport.S3ProxyExtension;
import org.iiifgenerator.testsupport.S3ProxyServer;
import org.iiifgenerator.testsupport.StoredObjects;
import org.iiifgenerator.testsupport.TaskBuckets;
import org.iiifgenerator.testsupport.VipsCli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Reruns of a task on S3 upload only what changed. A collection that moves to another public URL (a staging
 * bucket's to CloudFront's): the rerun with only a new DEST_URL uploads no tile, neither loose nor from a tile
 * archive, and every document it rewrites names the new URL. A pyramidal TIFF per page is uploaded once.
 */
class RerunsOnS3Test {

    private static final String MOVED_URL = "https://d111111abcdef8.cloudfront.net";
    private static final StoredObjects STORED = StoredObjects.inMemory();

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.s3proxyForTheApplication(STORED);

    @TempDir
    static Path dir;

    private static S3Client s3;

    @BeforeAll
    static void sourceBucket() {
        S3ProxyServer server = S3.server();
        s3 = server.clients().sync();
        ApplicationOnS3Proxy.pointAt(server, dir.resolve("work"));
        TaskBuckets.uploadObject(s3, server.bucket("src"), dir, Map.of("p1.jpg", 900, "p2.jpg", 700));
        server.bucket("tasks");
    }

    @AfterAll
    static void forgetTheSettings() {
        ApplicationOnS3Proxy.forget();
    }

    @Test
    void aNewDestUrlRewritesTheDocumentsAndUploadsNoTile() throws Exception {
        String destination = S3.server().bucket("moved");
        assertThat(publish(destination, Map.of())).isEqualTo(ExitCodes.OK);
        int firstRunWrites = STORED.keysOf(destination).size();
        String tiles = TaskBuckets.ROOT + "/tiles/";
        assertThat(STORED.keysOf(destination)).as("the first run's tiles, each counted as it arrived")
                .filteredOn(key -> key.startsWith(tiles) && key.endsWith(".jpg")).hasSizeGreaterThan(10);

        assertThat(publish(destination, Map.of("DEST_URL", MOVED_URL))).isEqualTo(ExitCodes.OK);

        List<String> written = STORED.keysOf(destination).subList(firstRunWrites, STORED.keysOf(destination).size());
        assertThat(written).as("only documents written").isNotEmpty()
                .allSatisfy(key -> assertThat(key).matches(".*\\.(json|jsonl|csv)"))
                .filteredOn(key -> key.startsWith(tiles))
                .allSatisfy(key -> assertThat(key).endsWith("/info.json"))
                .hasSize(2).doesNotHaveDuplicates();
        assertThat(Reruns.statuses(RunReports.read(s3, destination, TaskBuckets.ROOT).getBytes(StandardCharsets.UTF_8))
                .values())
                .containsOnly("unchanged");

        List<String> documents = TaskBuckets.keys(s3, destination).stream()
                .filter(key -> key.endsWith(".json") || key.endsWith(".jsonl")).toList();
        assertThat(documents).contains(TaskBuckets.ROOT + "/collection/top.json",
                TaskBuckets.ROOT + "/collection/index.jsonl");
        for (String key : documents) {
            String text = TaskBuckets.read(s3, destination, key);
            assertThat(text).as(key).doesNotContain(TaskBuckets.DEST_URL).contains(MOVED_URL + "/");
            if (key.endsWith("/manifest.json") || key.endsWith("/top.json")) {
                PresentationSchema.assertValid(text.getBytes(), key);
            }
        }
        S3Storage published = new S3Storage(S3.server().clients(), destination, TaskBuckets.ROOT,
                S3Storage.Options.NONE);
        assertThat(PublishedAudit.problems(published, MOVED_URL + "/" + TaskBuckets.ROOT)).isEmpty();
    }

    /** A task with PYRAMID_TIFF=tiles+tiff publishes each page's pyramidal TIFF to the bucket, once. */
    @Test
    void eachPageHasItsTiffInTheBucketAndARerunUploadsNoneAgain() throws Exception {
        String destination = S3.server().bucket("published");
        String tiffs = TaskBuckets.ROOT + "/tiff/";

        assertThat(publish(destination, Map.of("PYRAMID_TIFF", "tiles+tiff", "TILE_SIZE", "256")))
                .isEqualTo(ExitCodes.OK);

        List<String> published = STORED.keysOf(destination).stream().filter(key -> key.startsWith(tiffs)).toList();
        assertThat(published).containsExactlyInAnyOrder(tiffs + TaskBuckets.OBJECT + "-1.tif",
                tiffs + TaskBuckets.OBJECT + "-2.tif");
        String first = tiffs + TaskBuckets.OBJECT + "-1.tif";
        assertThat(s3.headObject(r -> r.bucket(destination).key(first)).contentType()).isEqualTo("image/tiff");
        Path downloaded = Files.write(dir.resolve("downloaded.tif"),
                s3.getObjectAsBytes(r -> r.bucket(destination).key(first)).asByteArray());
        assertThat(VipsCli.run("vipsheader", "-a", downloaded.toString())).contains("width: 900", "height: 400")
                .containsPattern("(?m)^n-pages: 3$");
        int firstRunWrites = STORED.keysOf(destination).size();

        assertThat(publish(destination, Map.of("PYRAMID_TIFF", "tiles+tiff", "TILE_SIZE", "256")))
                .isEqualTo(ExitCodes.OK);

        assertThat(Reruns.statuses(RunReports.read(s3, destination, TaskBuckets.ROOT).getBytes(StandardCharsets.UTF_8))
                .values()).containsOnly("unchanged");
        assertThat(STORED.keysOf(destination).subList(firstRunWrites, STORED.keysOf(destination).size()))
                .as("written again").noneMatch(key -> key.startsWith(tiffs));
    }

    /**
     * PYRAMID_TIFF=tiff: the TIFFs alone, and manifests whose services are the image server's, each named by its
     * TIFF's whole key in the bucket without .tif, as serverless-iiif resolves identifiers.
     */
    @Test
    void onlyTiffsAreUploadedAndTheManifestNamesThemByTheirKeysInTheBucket() throws Exception {
        String destination = S3.server().bucket("served");
        String server = "https://images.example.org/iiif/3";

        assertThat(publish(destination, Map.of("PYRAMID_TIFF", "tiff", "IMAGE_SERVER", server)))
                .isEqualTo(ExitCodes.OK);

        List<String> keys = TaskBuckets.keys(s3, destination);
        String tiff = TaskBuckets.ROOT + "/tiff/" + TaskBuckets.OBJECT + "-1.tif";
        assertThat(keys).contains(tiff).noneMatch(key -> key.startsWith(TaskBuckets.ROOT + "/tiles/"));
        String manifestKey = keys.stream().filter(key -> key.endsWith("/manifest.json")).findFirst().orElseThrow();
        JsonNode manifest = PresentationSchema.assertValid(
                TaskBuckets.read(s3, destination, manifestKey).getBytes(StandardCharsets.UTF_8), manifestKey);
        JsonNode service = manifest.at("/items/0/items/0/items/0/body/service/0");
        String identifier = tiff.substring(0, tiff.length() - ".tif".length()).replace("/", "%2F");
        assertThat(service.path("id").asText()).isEqualTo(server + "/" + identifier);
        assertThat(service.path("profile").asText()).isEqualTo("level2");
    }

    /** Publishes the task of the source object to {@code destination}; {@code extra} adds task fields. */
    private static int publish(String destination, Map<String, String> extra) {
        TaskBuckets.put(s3, "tasks", destination + ".json", TaskBuckets.task("src", destination, extra));
        return IiifGenerator.commandLine().execute("batch", "--task", "s3://tasks/" + destination + ".json");
    }

}
