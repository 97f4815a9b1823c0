package org.iiifgenerator.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.storage.S3Storage;
import org.iiifgenerator.storage.Storage;
import org.iiifgenerator.testsupport.ChildProcess;
import org.iiifgenerator.testsupport.Json;
import org.iiifgenerator.testsupport.PublishedBucket;
import org.iiifgenerator.testsupport.Reruns;
import org.iiifgenerator.testsupport.RunRecords;
import org.iiifgenerator.testsupport.RunReports;
import org.iiifgenerator.testsupport.S3ProxyExtension;
import org.iiifgenerator.testsupport.TaskBuckets;
import org.iiifgenerator.testsupport.TaskContainer;
import org.iiifgenerator.testsupport.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The long-lived container killed with SIGKILL while it publishes a task (a reclaimed Spot instance, an OOM kill):
 * the task file stays where it was, and the container started in its place finds it, tiles only the pages the
 * killed one had not finished, publishes the whole collection and moves the task to processed/, once.
 */
class TaskCrashRecoveryTest {

    private static final int PAGES = 8;
    private static final String TASKS = "tasks";

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.s3proxy();

    @TempDir
    static Path dir;

    private static S3Client s3;
    private static String source;

    /** Pages big enough that the kill lands while some are still being tiled. */
    @BeforeAll
    static void uploadAnObject() {
        s3 = S3.server().clients().sync();
        source = S3.server().bucket("source");
        List<Path> pages = IntStream.rangeClosed(1, PAGES)
                .mapToObj(page -> TestImages.image(dir.resolve("p" + page + ".jpg"), 2000, 1500, page))
                .toList();
        TaskBuckets.uploadObject(s3, source, pages);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 2026}) // killed 364 ms after the 2nd page is published, and 50 ms after the 5th
    void aTaskInProgressWhenTheContainerDiesIsFinishedAfterRestart(long seed) throws Exception {
        Random random = new Random(seed);
        String destination = S3.server().bucket("dest-" + seed);
        S3Storage published = new S3Storage(S3.server().clients(), destination, TaskBuckets.ROOT,
                S3Storage.Options.NONE);
        Storage records = RunRecords.onServer(S3.server(), destination, TaskBuckets.ROOT);
        String task = "box-" + seed + ".json";
        Path containerDir = dir.resolve("container-" + seed);
        Map<String, String> environment = TaskContainer.environment(S3.server(), containerDir);
        int finishedBeforeKill = 1 + random.nextInt(PAGES - 3);
        TaskBuckets.put(s3, TASKS, task, TaskBuckets.task(source, destination, Map.of()));

        Set<String> done;
        try (ChildProcess first = ChildProcess.start(environment, "run")) {
            first.awaitWhileRunning(() -> finished(records).size() >= finishedBeforeKill,
                    finishedBeforeKill + " pages published");
            Thread.sleep(random.nextInt(400));
            ChildProcess.Result killed = first.kill();
            done = finished(records);
            assertThat(done).as("the kill came before the end; output:%n%s", killed.output())
                    .hasSizeLessThan(PAGES);
        }
        assertThat(copiesOf(task)).as("the task waits where it was").containsExactly(task);

        try (ChildProcess second = ChildProcess.start(environment, "run")) {
            // The run's work folder goes when its exchange completes, just after the task file is moved.
            second.awaitWhileRunning(() -> !TaskBuckets.exists(s3, TASKS, task)
                    && !Files.exists(containerDir.resolve("work")), "the task moved and the work folder removed");
        }

        assertThat(copiesOf(task)).as("the task, once, in processed/").containsExactly("processed/" + task);
        assertThat(Json.parse(TaskBuckets.read(s3, TASKS, "processed/" + task + ".outcome.json"))
                .path("status").asText()).isEqualTo("succeeded");
        PublishedBucket.assertComplete(s3, destination, TaskBuckets.ROOT, published);
        Reruns.assertRerunKeptWhatWasFinished(RunReports.read(records), PAGES, done);
            }

    /** The pages whose image service is published completely, its provenance record last. */
    private static Set<String> finished(Storage records) {
        try {
            return Reruns.finished(records.list(Reruns.RECORDS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every key of the task bucket that is this task file, wherever it was moved. */
    private static List<String> copiesOf(String task) {
        return TaskBuckets.keys(s3, TASKS).stream()
                .filter(key -> key.equals(task) || key.endsWith("/" + task))
                .toList();
    }
}
