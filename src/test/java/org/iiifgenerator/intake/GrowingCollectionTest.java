package org.iiifgenerator.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.storage.S3Storage;
import org.iiifgenerator.storage.Storage;
import org.iiifgenerator.testsupport.ApplicationRoutesTestSupport;
import org.iiifgenerator.testsupport.Await;
import org.iiifgenerator.testsupport.Json;
import org.iiifgenerator.testsupport.PresentationSchema;
import org.iiifgenerator.testsupport.RunRecords;
import org.iiifgenerator.testsupport.S3ProxyExtension;
import org.iiifgenerator.testsupport.TaskBuckets;
import org.iiifgenerator.testsupport.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The seed's way of working on the long-lived container: one CSV per box, one task per folder, every task naming
 * the same destination and collection. The collection grows with each task, keeps each task's report, and takes
 * a corrected CSV row when a task is put again; task files queued together publish into one collection too.
 */
class GrowingCollectionTest extends ApplicationRoutesTestSupport {

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.s3proxyForTheApplication();
    private static final String BOX = TaskBuckets.COLLECTION + "/Box1";
    private static final List<String> FOLDERS = List.of("Folder_19", "Folder_20", "Folder_21");

    @TempDir
    static Path dir;

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        return taskBucketProperties(S3.server(), dir.resolve("work"));
    }

    @Test
    void theSeedsFolderByFolderTasksBuildOneCollectionAndARerunTakesTheCorrectedRow() throws Exception {
        S3Client s3 = S3.server().clients().sync();
        String source = box(s3, "src-seq", "Folder 19");
        String destination = S3.server().bucket("dest-seq");

        for (String folder : FOLDERS) {
            assertThat(run(s3, "seq-" + folder + ".json", task(source, destination, folder)).path("status").asText())
                    .isEqualTo("succeeded");
        }
        JsonNode unchanged = run(s3, "seq-Folder_19.json", task(source, destination, "Folder_19"));
        assertThat(unchanged.path("error").asText()).as("the same task from the same inputs").contains("not run again");
        csv(s3, source, "Folder 19, revised");
        JsonNode rerun = run(s3, "seq-Folder_19.json", task(source, destination, "Folder_19"));

        assertThat(rerun.path("status").asText()).isEqualTo("succeeded");
        assertThat(rerun.has("error")).as("run again: its CSV changed").isFalse();
        assertThat(labels(s3, destination)).containsExactly("Folder 19, revised", "Folder 20", "Folder 21");
        assertEachTaskHasItsOwnReport(s3, destination, "seq-");
    }

    @Test
    void taskFilesQueuedTogetherPublishIntoOneCollection() throws Exception {
        S3Client s3 = S3.server().clients().sync();
        String source = box(s3, "src-queued", "Folder 19");
        String destination = S3.server().bucket("dest-queued");

        for (String folder : FOLDERS) {
            TaskBuckets.put(s3, "tasks", "queued-" + folder + ".json", task(source, destination, folder));
        }
        Await.until(() -> FOLDERS.stream().allMatch(folder -> TaskBuckets.exists(s3, "tasks",
                "processed/queued-" + folder + ".json" + TaskOutcomes.OUTCOME_SUFFIX)), "the three tasks processed");

        assertThat(labels(s3, destination)).containsExactly("Folder 19", "Folder 20", "Folder 21");
        assertEachTaskHasItsOwnReport(s3, destination, "queued-");
    }

    /** Each task's outcome points at its own report, which describes its own folder. */
    private static void assertEachTaskHasItsOwnReport(S3Client s3, String destination, String prefix)
            throws IOException {
        S3Storage published = published(destination);
        assertThat(published.list(OutputLayout.REPORTS_FOLDER)).as("no report published").isEmpty();
        Storage records = RunRecords.of(S3.server().clients(), destination, TaskBuckets.ROOT);
        assertThat(records.list(OutputLayout.REPORTS_FOLDER)).hasSize(FOLDERS.size());
        String root = records.location().replaceAll("/+$", "") + "/";
        for (String folder : FOLDERS) {
            JsonNode outcome = Json.parse(TaskBuckets.read(s3, "tasks", "processed/" + prefix + folder + ".json"
                    + TaskOutcomes.OUTCOME_SUFFIX));
            String report = outcome.path("report").asText();
            assertThat(report).startsWith(root + OutputLayout.REPORTS_FOLDER).contains(folder);
            JsonNode document = Json.parse(records.read(report.substring(root.length())));
            assertThat(document.path("objects")).hasSize(1);
            assertThat(document.path("objects").get(0).path("identifier").asText()).isEqualTo(folder);
        }
        JsonNode summary = Json.parse(published.read(OutputLayout.SUMMARY_KEY));
        assertThat(summary.path("members").asInt()).isEqualTo(3);
        assertThat(summary.path("pages").asInt()).isEqualTo(3);
        assertThat(summary.path("bytes").asLong()).isPositive();
    }

    /** The labels of the collection's manifests, in order; the collection and every manifest are valid. */
    private static List<String> labels(S3Client s3, String destination) throws IOException {
        S3Storage published = published(destination);
        JsonNode collection = PresentationSchema.assertValid(published.read(OutputLayout.COLLECTION_KEY), "top.json");
        List<String> labels = new ArrayList<>();
        for (JsonNode item : collection.path("items")) {
            String manifest = item.path("id").asText().substring((TaskBuckets.DEST_URL + "/" + TaskBuckets.ROOT + "/")
                    .length());
            JsonNode document = PresentationSchema.assertValid(published.read(manifest), manifest);
            labels.add(document.path("label").path("none").get(0).asText());
        }
        assertThat(new String(published.read(OutputLayout.INDEX_KEY), StandardCharsets.UTF_8).lines())
                .hasSize(labels.size());
        return labels;
    }

    /**
     * Puts a task file and waits until it has left the task folder with a new outcome (a task put again replaces
     * its earlier outcome).
     */
    private static JsonNode run(S3Client s3, String name, String task) throws InterruptedException {
        String outcomeKey = "processed/" + name + TaskOutcomes.OUTCOME_SUFFIX;
        String earlier = TaskBuckets.exists(s3, "tasks", outcomeKey) ? TaskBuckets.read(s3, "tasks", outcomeKey) : "";
        TaskBuckets.put(s3, "tasks", name, task);
        Await.until(() -> !TaskBuckets.exists(s3, "tasks", name) && TaskBuckets.exists(s3, "tasks", outcomeKey)
                && !TaskBuckets.read(s3, "tasks", outcomeKey).equals(earlier), name + " processed");
        return Json.parse(TaskBuckets.read(s3, "tasks", outcomeKey));
    }

    private static String task(String source, String destination, String folder) {
        return TaskBuckets.task(source, destination, Map.of("ACCESS_DIR", BOX + "/" + folder + "/Access"));
    }

    /** A box of three folders of one page each, and the box's CSV with the first folder's label given. */
    private static String box(S3Client s3, String name, String firstLabel) {
        String bucket = S3.server().bucket(name);
        for (String folder : FOLDERS) {
            Path page = TestImages.image(dir.resolve(name + "-" + folder + ".jpg"), 300, 200);
            s3.putObject(r -> r.bucket(bucket).key(BOX + "/" + folder + "/Access/p1.jpg"), RequestBody.fromFile(page));
        }
        csv(s3, bucket, firstLabel);
        return bucket;
    }

    private static void csv(S3Client s3, String bucket, String firstLabel) {
        TaskBuckets.put(s3, bucket, TaskBuckets.CSV_PATH + "/" + TaskBuckets.CSV_NAME, "identifier,title\n"
                + "Folder_19,\"" + firstLabel + "\"\nFolder_20,Folder 20\nFolder_21,Folder 21\n");
    }

    private static S3Storage published(String destination) {
        return new S3Storage(S3.server().clients(), destination, TaskBuckets.ROOT, S3Storage.Options.NONE);
    }
}
