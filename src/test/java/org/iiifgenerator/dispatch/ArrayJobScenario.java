package org.iiifgenerator.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iiifgenerator.app.ExitCodes;
import org.iiifgenerator.pipeline.ShareRecord;
import org.iiifgenerator.storage.S3Storage;
import org.iiifgenerator.storage.Storage;
import org.iiifgenerator.testsupport.ChildProcess;
import org.iiifgenerator.testsupport.ExampleRoutes;
import org.iiifgenerator.testsupport.PresentationSchema;
import org.iiifgenerator.testsupport.RunRecords;
import org.iiifgenerator.testsupport.RunReports;
import org.iiifgenerator.testsupport.S3Service;
import org.iiifgenerator.testsupport.SampleBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An AWS Batch array job simulated: N child processes of the application with the array index set, each tiling
 * its share, then the finalize job. What they publish together is byte for byte what one node publishes. The
 * large object of the {@link SampleBox} holds more than a shard's fair share of bytes, so it is split by files.
 * Subclasses provide the S3 server (in-process, or LocalStack) by setting {@link #s3Service} before the tests.
 */
abstract class ArrayJobScenario {

    private static final int SHARDS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    static S3Service s3Service;
    private static S3Client s3;

    @TempDir
    static Path dir;

    @BeforeEach
    void uploadTheCollection() {
        s3 = s3Service.clients().sync();
        SampleBox.upload(s3, s3Service.bucket("src"), dir);
    }

    @Test
    void shardsAndTheirFinalizeJobPublishExactlyWhatOneNodePublishes() throws Exception {
        String single = s3Service.bucket("dest-single");
        String array = s3Service.bucket("dest-array");
        ChildProcess.Result oneNode = ChildProcess.run(task(single), "batch");
        assertThat(oneNode.exitCode()).as(oneNode.output()).isEqualTo(ExitCodes.OK);

        List<ChildProcess> children = new ArrayList<>();
        for (int index = 0; index < SHARDS - 1; index++) {
            children.add(ChildProcess.start(indexed(child(array, index), "shard-" + index), "batch"));
        }
        for (ChildProcess child : children) {
            ChildProcess.Result result = child.finish();
            assertThat(result.exitCode()).as(result.output()).isEqualTo(ExitCodes.OK);
        }
        ChildProcess.Result early = ChildProcess.run(task(array), "finalize");
        assertThat(early.exitCode()).as("finalize with a shard missing").isEqualTo(ExitCodes.FAILURES);
        assertThat(early.output()).contains("Shard(s) [2] of 3 have not published their record");
        assertThat(published(array).exists("collection/top.json")).isFalse();

        ChildProcess.Result last = ChildProcess.run(indexed(child(array, SHARDS - 1), "shard-" + (SHARDS - 1)),
                "batch");
        assertThat(last.exitCode()).as(last.output()).isEqualTo(ExitCodes.OK);
        List<ShareRecord> records = records(array);
        assertThat(records).extracting(ShareRecord::shard).containsExactly(0, 1, 2);
        assertThat(records).flatExtracting(ShareRecord::objects).filteredOn(o -> !o.whole())
                .as("the big object is split across shards").extracting(o -> o.identifier()).contains("Big");
        assertThat(published(array).exists("Big/manifest.json")).as("a split object waits for finalize").isFalse();

        ChildProcess.Result finalized = ChildProcess.run(indexed(task(array), "finalize"), "finalize");
        assertThat(finalized.exitCode()).as(finalized.output()).isEqualTo(ExitCodes.OK);
        assertManifestsAnnounced(array);

        Map<String, byte[]> expected = contents(single);
        Map<String, byte[]> actual = contents(array);
        assertThat(actual.keySet()).as("the same keys").isEqualTo(expected.keySet());
        assertThat(runRecords(array).list("collection/shards/")).as("the shard records gone").isEmpty();
        // Reports, member records and the summary carry the times of their runs; the rest is the same to the byte.
        expected.forEach((key, bytes) -> {
            if (!RunReports.carriesRunTimes(key)) {
                assertThat(actual.get(key)).as(key).isEqualTo(bytes);
            }
        });
        assertThat(expected.keySet()).contains("Big/manifest.json", "tiles/Big-8/info.json", "collection/top.json",
                "collection/index.jsonl", "collection/coll.csv");
        expected.entrySet().stream().filter(e -> e.getKey().endsWith("manifest.json")
                        || e.getKey().equals("collection/top.json"))
                .forEach(e -> PresentationSchema.assertValid(e.getValue(), e.getKey()));
        assertThat(JSON.readTree(expected.get("Big/manifest.json")).path("items")).hasSize(8);
        assertThat(expected.keySet()).as("no run record published").noneMatch(RunReports::isReport);
        assertSameReport(RunReports.read(runRecords(single)), RunReports.read(runRecords(array)));
        assertThat(summary(actual)).isEqualTo(summary(expected));
    }

    /**
     * Every manifest is announced once, by the run that published it: whole objects by their shard, the object
     * split across shards by the finalize job.
     */
    private static void assertManifestsAnnounced(String bucket) throws IOException {
        List<String> published = List.of(new String(published(bucket).read("collection/index.jsonl"),
                StandardCharsets.UTF_8).split("\n"));
        List<String> announced = new ArrayList<>();
        for (String run : List.of("shard-0", "shard-1", "shard-2", "finalize")) {
            Path index = dir.resolve("search-index-" + run).resolve("search-index.jsonl");
            List<String> lines = Files.exists(index) ? Files.readAllLines(index) : List.of();
            if (run.equals("finalize")) {
                assertThat(lines).as("the finalize job announces the split object")
                        .singleElement().asString().contains("\"id\":\"Big\"");
            }
            announced.addAll(lines);
        }
        assertThat(announced).containsExactlyInAnyOrderElementsOf(published);
    }

    /** The run with the search-index example, which writes each manifest-published event to a folder of its own. */
    private static Map<String, String> indexed(Map<String, String> environment, String run) {
        environment.put("ROUTES_DIR", ExampleRoutes.copy(dir.resolve("routes-" + run), "search-index.camel.yaml")
                .toString());
        environment.put("SEARCH_INDEX_DIR", dir.resolve("search-index-" + run).toString());
        return environment;
    }

    /** Timings differ; what was done does not. */
    private static void assertSameReport(byte[] expected, byte[] actual) throws IOException {
        JsonNode one = JSON.readTree(expected);
        JsonNode merged = JSON.readTree(actual);
        assertThat(merged.path("status").asText()).isEqualTo("succeeded");
        for (String total : List.of("objects", "objectsPublished", "images", "imagesTiled", "tiles", "bytes")) {
            assertThat(merged.path("totals").path(total)).as(total).isEqualTo(one.path("totals").path(total));
        }
        assertThat(merged.path("objects")).isEqualTo(one.path("objects"));
        assertThat(merged.path("warnings")).isEqualTo(one.path("warnings"));
    }

    private static Map<String, String> task(String destination) {
        Map<String, String> environment = new HashMap<>(s3Service.applicationEnvironment());
        environment.putAll(SampleBox.task("src", destination));
        environment.put("PIPELINE_WORK_DIR", dir.resolve("work-" + destination).toString());
        return environment;
    }

    /** As AWS Batch starts a child of an array job; SHARDS is what the dispatcher adds to the task. */
    private static Map<String, String> child(String destination, int index) {
        Map<String, String> environment = task(destination);
        environment.putAll(Map.of("AWS_BATCH_JOB_ARRAY_INDEX", Integer.toString(index),
                "AWS_BATCH_JOB_ARRAY_SIZE", Integer.toString(SHARDS), "SHARDS", Integer.toString(SHARDS)));
        environment.put("PIPELINE_WORK_DIR", dir.resolve("work-" + destination + "-" + index).toString());
        return environment;
    }

    private static List<ShareRecord> records(String bucket) throws IOException {
        List<ShareRecord> records = new ArrayList<>();
        Storage storage = runRecords(bucket);
        for (String key : storage.list("collection/shards/")) {
            records.add(ShareRecord.fromJson(storage.read(key)));
        }
        return records;
    }

    private static Map<String, byte[]> contents(String bucket) throws IOException {
        S3Storage storage = published(bucket);
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (String key : storage.list("")) {
            contents.put(key, storage.read(key));
        }
        return contents;
    }

    /** What the summary says of the collection, without the time of its last change. */
    private static JsonNode summary(Map<String, byte[]> contents) throws IOException {
        ObjectNode summary = (ObjectNode) JSON.readTree(contents.get("collection/summary.json"));
        summary.remove("lastChange");
        return summary;
    }

    private static S3Storage published(String bucket) {
        return new S3Storage(s3Service.clients(), bucket, SampleBox.ROOT, S3Storage.Options.NONE);
    }

    /** Where the runs into {@code bucket} keep their records (reports, shard records). */
    private static Storage runRecords(String bucket) {
        return RunRecords.of(s3Service.clients(), bucket, SampleBox.ROOT);
    }
}
