package org.iiifgenerator.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.iiifgenerator.storage.Location;
import org.iiifgenerator.testsupport.ApplicationRoutesTestSupport;
import org.iiifgenerator.testsupport.Await;
import org.iiifgenerator.testsupport.Json;
import org.iiifgenerator.testsupport.PresentationSchema;
import org.iiifgenerator.testsupport.RunRecords;
import org.iiifgenerator.testsupport.S3ProxyExtension;
import org.iiifgenerator.testsupport.StoredObjects;
import org.iiifgenerator.testsupport.TaskBuckets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The long-lived container working off a queue of small task files, valid and invalid mixed: every task file ends
 * in processed/ or failed/ exactly once, each valid task's collection is published once, tasks run one after
 * another, and the heap does not grow from one batch of tasks to the next. bench/soak.sh does the same with 1000
 * task files and the container in its own process.
 */
class TaskSoakTest extends ApplicationRoutesTestSupport {

    /** Task files queued at once; two batches. */
    private static final int BATCH = 24;
    /** Every 6th task file is invalid: in turn malformed JSON and a task with an unknown name. */
    private static final int INVALID_EVERY = 6;
    /**
     * The live heap may grow by this much over the second batch. After the first batch has loaded the classes
     * and filled what is filled once, the second adds only bounded state: Camel's cache of resolved properties
     * (at most 1000 entries), the SDK's 60-second abort timers of the task files read, and this test's record of
     * stored keys; measured 0.3-0.6 MB. A task that leaves its run, report, exchange or image buffers behind
     * adds more than 85 KB a task (2 MB over 24). Smaller leaks show at 1000 tasks in bench/soak.sh.
     */
    private static final long MAX_HEAP_GROWTH = 2L << 20;

    // On disk, so that what the tasks publish is not counted as heap the container keeps.
    private static final StoredObjects STORED = StoredObjects.onDisk();
    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.s3proxyForTheApplication(STORED);

    @TempDir
    static Path dir;

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        return taskBucketProperties(S3.server(), dir.resolve("work"));
    }

    @Test
    void processesEveryQueuedTaskFileOnceOneAfterAnotherAndTheHeapLevels() throws Exception {
        S3Client s3 = S3.server().clients().sync();
        String source = S3.server().bucket("src");
        String destination = S3.server().bucket("dest");
        TaskBuckets.uploadObject(s3, source, dir, Map.of("p1.jpg", 64));

        List<String> tasks = IntStream.rangeClosed(1, 2 * BATCH).mapToObj("soak-%03d.json"::formatted).toList();
        queueAndAwait(s3, tasks.subList(0, BATCH), source, destination);
        long heapAfterFirst = usedHeapAfterGc();
        queueAndAwait(s3, tasks.subList(BATCH, 2 * BATCH), source, destination);
        long heapAfterSecond = usedHeapAfterGc();

        Map<Boolean, List<String>> byValidity = tasks.stream().collect(Collectors.partitioningBy(TaskSoakTest::valid));
        List<String> valid = byValidity.get(true);
        List<String> invalid = byValidity.get(false);
        assertThat(keys(s3, "").stream().filter(new TaskFiles("")::isPending)).as("task files left").isEmpty();
        assertThat(taskFiles(s3, TaskFiles.PROCESSED)).as("processed/").containsExactlyInAnyOrderElementsOf(valid);
        assertThat(taskFiles(s3, TaskFiles.FAILED)).as("failed/").containsExactlyInAnyOrderElementsOf(invalid);

        // The server's record of writes: a task file handled twice has its outcome, and its report, written twice.
        Map<String, Long> taskWrites = counts(STORED.keysOf("tasks"));
        List<JsonNode> reports = new ArrayList<>();
        for (String task : valid) {
            assertThat(taskWrites.get(TaskFiles.PROCESSED + task + TaskOutcomes.OUTCOME_SUFFIX))
                    .as("writes of %s's outcome", task).isEqualTo(1L);
            assertThat(status(s3, TaskFiles.PROCESSED, task)).isEqualTo("succeeded");
            String collection = TaskBuckets.root(destinationPrefix(task)) + "/collection/";
            Location records = RunRecords.of(s3, destination, TaskBuckets.root(destinationPrefix(task)));
            String report = records.path() + "/" + TaskBuckets.REPORT;
            assertThat(counts(STORED.keysOf(records.bucket())).get(report)).as("writes of %s's report", task)
                    .isEqualTo(1L);
            PresentationSchema.assertValid(bytes(s3, destination, collection + "top.json"), collection + "top.json");
            reports.add(Json.parse(bytes(s3, records.bucket(), report)));
        }
        for (String task : invalid) {
            assertThat(taskWrites.get(TaskFiles.FAILED + task + TaskOutcomes.OUTCOME_SUFFIX))
                    .as("writes of %s's outcome", task).isEqualTo(1L);
            assertThat(status(s3, TaskFiles.FAILED, task)).isEqualTo("failed");
        }

        reports.sort(Comparator.comparing(report -> instant(report, "started")));
        for (int i = 1; i < reports.size(); i++) {
            assertThat(instant(reports.get(i), "started")).as("run %s starts after %s has finished",
                    reports.get(i).path("settings").path("output").asText(),
                    reports.get(i - 1).path("settings").path("output").asText())
                    .isAfterOrEqualTo(instant(reports.get(i - 1), "finished"));
        }
        assertThat(heapAfterSecond - heapAfterFirst).as("live heap growth over the second batch of %d tasks "
                + "(%.1f MB -> %.1f MB)", BATCH, heapAfterFirst / 1e6, heapAfterSecond / 1e6)
                .isLessThan(MAX_HEAP_GROWTH);
    }

    /** Uploads the task files, then waits until each has its outcome. */
    private static void queueAndAwait(S3Client s3, List<String> tasks, String source, String destination)
            throws InterruptedException {
        int expected = outcomes(s3) + tasks.size();
        for (String task : tasks) {
            TaskBuckets.put(s3, "tasks", task, content(task, source, destination));
        }
        Await.until(() -> outcomes(s3) >= expected, tasks.size() + " more task files with their outcome");
    }

    private static boolean valid(String task) {
        return number(task) % INVALID_EVERY != 0;
    }

    private static int number(String task) {
        return Integer.parseInt(task.replaceAll("\\D", ""));
    }

    private static String content(String task, String source, String destination) {
        if (valid(task)) {
            return TaskBuckets.task(source, destination, Map.of("DEST_PREFIX", destinationPrefix(task)));
        }
        return number(task) % (2 * INVALID_EVERY) == 0 ? "{\"jobName\": "
                : TaskBuckets.task(source, destination, Map.of("TILE_SIZES", "512"));
    }

    private static String destinationPrefix(String task) {
        return "soak/" + number(task);
    }

    private static String status(S3Client s3, String folder, String task) {
        return Json.parse(bytes(s3, "tasks", folder + task + TaskOutcomes.OUTCOME_SUFFIX)).path("status").asText();
    }

    private static Instant instant(JsonNode report, String field) {
        return Instant.parse(report.path(field).asText());
    }

    private static byte[] bytes(S3Client s3, String bucket, String key) {
        return TaskBuckets.read(s3, bucket, key).getBytes(StandardCharsets.UTF_8);
    }

    /** Outcome documents in processed/ and failed/: each is written once its task file has been copied there. */
    private static int outcomes(S3Client s3) {
        return (int) keys(s3, "").stream().filter(key -> key.endsWith(TaskOutcomes.OUTCOME_SUFFIX)).count();
    }

    /** The task files (not their outcomes) in a folder of the task bucket, by name. */
    private static List<String> taskFiles(S3Client s3, String folder) {
        return keys(s3, folder).stream().filter(key -> !key.endsWith(TaskOutcomes.OUTCOME_SUFFIX))
                .map(key -> key.substring(folder.length())).toList();
    }

    private static List<String> keys(S3Client s3, String prefix) {
        return s3.listObjectsV2Paginator(r -> r.bucket("tasks").prefix(prefix)).contents().stream()
                .map(S3Object::key).toList();
    }

    private static Map<String, Long> counts(List<String> keys) {
        return keys.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** The live heap: used after full collections (the second frees what the first's reference processing let go). */
    private static long usedHeapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
