package org.iiifgenerator.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.MainConfigurationProperties;
import org.iiifgenerator.app.Heartbeat;
import org.iiifgenerator.events.ExtensionEvents;
import org.iiifgenerator.storage.S3Storage;
import org.iiifgenerator.testsupport.ApplicationRoutesTestSupport;
import org.iiifgenerator.testsupport.Await;
import org.iiifgenerator.testsupport.FailingReads;
import org.iiifgenerator.testsupport.PresentationSchema;
import org.iiifgenerator.testsupport.PublishedBucket;
import org.iiifgenerator.testsupport.RunReports;
import org.iiifgenerator.testsupport.S3ProxyExtension;
import org.iiifgenerator.testsupport.TaskBuckets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The long-lived container polling a task bucket on a real S3 protocol server: tasks of the seed's format are
 * published to the destination bucket and moved to processed/; invalid ones go to failed/ with a readable error,
 * and the container goes on; one whose source S3 never serves goes to failed/ after its last try.
 */
class TaskContainerTest extends ApplicationRoutesTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Integer> PAGES = Map.of("p1.jpg", 300, "p2.jpg", 310, "p10.jpg", 320);
    private static final FailingReads READS = new FailingReads();
    /** Tries a task gets (tasks.max-tries), and attempts of each S3 request (aws.s3.max-attempts, its default). */
    private static final int MAX_TRIES = 3;
    private static final int S3_ATTEMPTS = 8;
    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.s3proxyForTheApplication(READS);

    /** The names of the task files the task-failed event announced. */
    private static final List<String> FAILED_TASKS = new CopyOnWriteArrayList<>();

    // Static: Camel's test support reads the override properties while constructing the test instance.
    @TempDir
    static Path dir;

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = taskBucketProperties(S3.server(), dir.resolve("work"));
        properties.put("health.heartbeat-file", dir.resolve("heartbeat").toString());
        properties.put("health.heartbeat-ms", "200");
        properties.put("tasks.max-tries", String.valueOf(MAX_TRIES));
        properties.put("aws.s3.max-attempts", String.valueOf(S3_ATTEMPTS));
        return properties;
    }

    /** The application's routes, and a user route on the task-failed event. */
    @Override
    protected void configure(MainConfigurationProperties configuration) {
        super.configure(configuration);
        configuration.addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("{{events.task-failed}}").process(event -> FAILED_TASKS.add(
                        event.getMessage().getHeader(ExtensionEvents.TASK_NAME, String.class)));
            }
        });
    }

    @Test
    void keepsItsHeartbeatForTheHealthCheck() throws Exception {
        Heartbeat heartbeat = new Heartbeat(dir.resolve("heartbeat").toString());
        Await.until(() -> age(heartbeat).isPresent(), "a first heartbeat");
        Thread.sleep(500);

        assertThat(age(heartbeat).orElseThrow()).isLessThan(Duration.ofSeconds(2));
    }

    private static Optional<Duration> age(Heartbeat heartbeat) {
        try {
            return heartbeat.age();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void publishesATaskOfTheSeedsFormatAndMovesItToProcessed() throws Exception {
        S3Client s3 = S3.server().clients().sync();
        String source = sourceWithPages(s3, "src-publish");
        String destination = S3.server().bucket("dest-publish");

        TaskBuckets.put(s3, "tasks", "box1.json", TaskBuckets.task(source, destination, Map.of()));
        Await.until(() -> TaskBuckets.exists(s3, "tasks", "processed/box1.json"), "box1.json in processed/");

        S3Storage published = new S3Storage(S3.server().clients(), destination, TaskBuckets.ROOT, S3Storage.Options.NONE);
        PublishedBucket.assertComplete(s3, destination, TaskBuckets.ROOT, published);
        JsonNode manifest = PresentationSchema.assertValid(published.read(TaskBuckets.OBJECT + "/manifest.json"),
                "manifest");
        assertThat(manifest.path("id").asText()).isEqualTo(
                TaskBuckets.DEST_URL + "/" + TaskBuckets.ROOT + "/" + TaskBuckets.OBJECT + "/manifest.json");
        List<Integer> widths = new ArrayList<>();
        manifest.path("items").forEach(canvas -> widths.add(canvas.path("width").asInt()));
        assertThat(widths).as("pages p1, p2, p10 in natural order").containsExactly(300, 310, 320);
        assertThat(manifest.path("label").toString()).contains("Folder A");
        JsonNode outcome = JSON.readTree(TaskBuckets.read(s3, "tasks", "processed/box1.json.outcome.json"));
        assertThat(outcome.path("status").asText()).isEqualTo("succeeded");
        assertThat(TaskBuckets.exists(s3, "tasks", "box1.json")).isFalse();
    }

    @Test
    void invalidTasksGoToFailedWithAReadableErrorAndTheContainerGoesOn() throws Exception {
        S3Client s3 = S3.server().clients().sync();
        String source = sourceWithPages(s3, "src-invalid");
        String destination = S3.server().bucket("dest-invalid");
        Map<String, String> unknownName = new HashMap<>();
        unknownName.put("TILE_SIZES", "512");
        Map<String, String> missingCsv = new HashMap<>();
        missingCsv.put("CSV_NAME", "missing.csv");

        TaskBuckets.put(s3, "tasks", "bad-json.json", "{\"jobName\": ");
        TaskBuckets.put(s3, "tasks", "unknown-name.json", TaskBuckets.task(source, destination, unknownName));
        TaskBuckets.put(s3, "tasks", "missing-bucket.json",
                TaskBuckets.task("no-such-bucket", destination, Map.of()));
        TaskBuckets.put(s3, "tasks", "missing-csv.json", TaskBuckets.task(source, destination, missingCsv));
        TaskBuckets.put(s3, "tasks", "missing-destination.json", TaskBuckets.task(source, "no-such-output", Map.of()));
        TaskBuckets.put(s3, "tasks", "notes.txt", "not a task");
        Await.until(() -> TaskBuckets.exists(s3, "tasks", "failed/missing-csv.json.outcome.json")
                && TaskBuckets.exists(s3, "tasks", "failed/missing-bucket.json.outcome.json")
                && TaskBuckets.exists(s3, "tasks", "failed/unknown-name.json.outcome.json")
                && TaskBuckets.exists(s3, "tasks", "failed/bad-json.json.outcome.json")
                && TaskBuckets.exists(s3, "tasks", "failed/missing-destination.json.outcome.json"),
                "five tasks in failed/");

        assertThat(error(s3, "bad-json.json")).contains("bad-json.json");
        assertThat(error(s3, "unknown-name.json")).contains("TILE_SIZES", "TILE_SIZE");
        assertThat(error(s3, "missing-bucket.json")).contains("no-such-bucket", "AWS_SRC_BUCKET");
        assertThat(error(s3, "missing-csv.json")).contains("missing.csv", "CSV_NAME");
        assertThat(error(s3, "missing-destination.json")).contains("no-such-output", "does not exist",
                "AWS_DEST_BUCKET");
        assertThat(S3.server().clients().sync().listObjectsV2(r -> r.bucket(destination)).contents())
                .as("nothing published for invalid tasks").isEmpty();
        assertThat(TaskBuckets.exists(s3, "tasks", "notes.txt")).as("not a task: left alone").isTrue();
        // A run's work folder goes when its exchange completes, just after the task file is moved.
        Await.until(() -> !Files.exists(dir.resolve("work")), "no work folder left by the failed runs");

        TaskBuckets.put(s3, "tasks", "good.json", TaskBuckets.task(source, destination, Map.of()));
        Await.until(() -> TaskBuckets.exists(s3, "tasks", "processed/good.json"), "the next task processed");
    }

    @Test
    void theSameTaskUploadedAgainIsCheckedAndNotRunAgain() throws Exception {
        S3Client s3 = S3.server().clients().sync();
        String source = sourceWithPages(s3, "src-again");
        String destination = S3.server().bucket("dest-again");
        String task = TaskBuckets.task(source, destination, Map.of());
        TaskBuckets.put(s3, "tasks", "again.json", task);
        // The original goes last, after the copy in processed/ and its outcome: put again before that, it would go.
        Await.until(() -> TaskBuckets.exists(s3, "tasks", "processed/again.json.outcome.json")
                && !TaskBuckets.exists(s3, "tasks", "again.json"), "first upload processed");
        String report = RunReports.read(s3, destination, TaskBuckets.ROOT);

        TaskBuckets.put(s3, "tasks", "again.json", task);
        Await.until(() -> !TaskBuckets.exists(s3, "tasks", "again.json"), "second upload handled");

        assertThat(RunReports.read(s3, destination, TaskBuckets.ROOT))
                .as("nothing published again").isEqualTo(report);
        JsonNode outcome = JSON.readTree(TaskBuckets.read(s3, "tasks", "processed/again.json.outcome.json"));
        assertThat(outcome.path("status").asText()).isEqualTo("succeeded");
        assertThat(outcome.path("error").asText()).contains("not run again");
    }

    @Test
    void aTaskFileThatCannotBeReadWhenFoundIsProcessedByALaterPoll() throws Exception {
        S3Client s3 = S3.server().clients().sync();
        String source = sourceWithPages(s3, "src-unreadable");
        String destination = S3.server().bucket("dest-unreadable");
        // More failures than the SDK tries a GET (3), so that a whole poll fails on this file.
        READS.failGets("tasks", "unreadable.json", 5);

        TaskBuckets.put(s3, "tasks", "unreadable.json", TaskBuckets.task(source, destination, Map.of()));

        Await.until(() -> TaskBuckets.exists(s3, "tasks", "processed/unreadable.json"),
                "unreadable.json processed once it can be read");
    }

    @Test
    void aTaskWhoseImagesS3DidNotServeStaysPendingAndIsFinishedByALaterTry() throws Exception {
        S3Client s3 = S3.server().clients().sync();
        String source = sourceWithPages(s3, "src-flaky");
        String destination = S3.server().bucket("dest-flaky");
        // Every try of the first run's GET fails; the next run reads it after two more failures.
        String page = TaskBuckets.ACCESS_DIR + "/p2.jpg";
        READS.failGets(source, page, 10);
        // Between the tries, the object's manifest is not published short of the page that S3 did not serve.
        String manifest = TaskBuckets.ROOT + "/" + TaskBuckets.OBJECT + "/manifest.json";
        AtomicReference<String> betweenTries = new AtomicReference<>();
        READS.beforeGet(source, page, S3_ATTEMPTS + 1, () -> betweenTries.set(TaskBuckets.exists(s3, destination,
                manifest) ? TaskBuckets.read(s3, destination, manifest) : "absent"));

        TaskBuckets.put(s3, "tasks", "flaky.json", TaskBuckets.task(source, destination, Map.of()));

        Await.until(() -> TaskBuckets.exists(s3, "tasks", "processed/flaky.json"), "flaky.json processed");
        assertThat(betweenTries.get()).as("the manifest while the task waited for its next try").isEqualTo("absent");
        assertThat(JSON.readTree(TaskBuckets.read(s3, destination, manifest)).path("items"))
                .as("the manifest once the next try published every page").hasSize(PAGES.size());
        assertThat(TaskBuckets.keys(s3, "tasks")).as("never moved to failed/")
                .noneMatch(key -> key.startsWith("failed/flaky"));
        JsonNode outcome = JSON.readTree(TaskBuckets.read(s3, "tasks", "processed/flaky.json.outcome.json"));
        assertThat(outcome.path("status").asText()).isEqualTo("succeeded");
        assertThat(outcome.path("totals").path("imagesUnchanged").asInt())
                .as("the pages the first try published are kept").isEqualTo(PAGES.size() - 1);
    }

    @Test
    void aTaskWhoseSourceS3NeverServesIsGivenUpToFailedAfterItsLastTry() throws Exception {
        S3Client s3 = S3.server().clients().sync();
        String source = sourceWithPages(s3, "src-poison");
        String destination = S3.server().bucket("dest-poison");
        String page = TaskBuckets.ACCESS_DIR + "/p2.jpg";
        READS.failGets(source, page, Integer.MAX_VALUE);

        TaskBuckets.put(s3, "tasks", "poison.json", TaskBuckets.task(source, destination, Map.of()));
        Await.until(() -> TaskBuckets.exists(s3, "tasks", "failed/poison.json.outcome.json"), "poison.json given up");

        assertThat(READS.gets(source, page)).as("%d tries, each asking S3 for the page %d times", MAX_TRIES,
                S3_ATTEMPTS).isEqualTo(MAX_TRIES * S3_ATTEMPTS);
        assertThat(error(s3, "poison.json")).contains("Given up after " + MAX_TRIES + " tries",
                "S3 or AWS Batch was unavailable", source + "/" + page, "Status Code: 500",
                "Put the task file again to retry");
        assertThat(TaskBuckets.keys(s3, "tasks")).as("gone from the task folder, never to processed/")
                .doesNotContain("poison.json").noneMatch(key -> key.startsWith("processed/poison"));
        JsonNode published = JSON.readTree(RunReports.read(s3, destination, TaskBuckets.ROOT));
        assertThat(published.path("totals").path("imagesTiled").asInt() + published.path("totals")
                .path("imagesUnchanged").asInt()).as("the other pages published, and kept").isEqualTo(PAGES.size() - 1);
        Await.until(() -> FAILED_TASKS.contains("poison.json"), "the task-failed event of poison.json");
    }

    private static String error(S3Client s3, String task) throws Exception {
        JsonNode outcome = JSON.readTree(TaskBuckets.read(s3, "tasks", "failed/" + task + ".outcome.json"));
        assertThat(outcome.path("status").asText()).isEqualTo("failed");
        return outcome.path("error").asText() + " " + outcome.path("problems");
    }

    /** A new source bucket holding the test object's pages. */
    private static String sourceWithPages(S3Client s3, String name) {
        String source = S3.server().bucket(name);
        TaskBuckets.uploadObject(s3, source, dir, PAGES);
        return source;
    }
}
