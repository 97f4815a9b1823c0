package org.iiifgenerator.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.storage.S3Storage;
import org.iiifgenerator.storage.Storage;
import org.iiifgenerator.testsupport.ChildProcess;
import org.iiifgenerator.testsupport.ConsoleLines;
import org.iiifgenerator.testsupport.Json;
import org.iiifgenerator.testsupport.PublishedBucket;
import org.iiifgenerator.testsupport.Reruns;
import org.iiifgenerator.testsupport.RunRecords;
import org.iiifgenerator.testsupport.RunReports;
import org.iiifgenerator.testsupport.S3ProxyExtension;
import org.iiifgenerator.testsupport.TaskBuckets;
import org.iiifgenerator.testsupport.TaskContainer;
import org.iiifgenerator.testsupport.TestImages;
import org.iiifgenerator.testsupport.ViewerRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The long-lived container stopped with SIGTERM while it publishes a task (ECS scaling in, a task replaced): it
 * takes no further task, leaves the one in progress pending (not in failed/ or processed/) with nothing partial
 * published, and exits within {@code shutdown.timeout-seconds}; the container started next finishes the task.
 */
class TaskContainerStopTest {

    private static final int PAGES = 8;
    private static final String TASKS = "tasks";
    private static final String TASK = "box.json";
    /** The default shutdown.timeout-seconds: ECS kills the container 30 s after SIGTERM. */
    private static final Duration BOUND = Duration.ofSeconds(20);

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.s3proxy();

    @TempDir
    static Path dir;

    @Test
    void aStoppedContainerLeavesItsTaskPendingAndTheNextOneFinishesIt() throws Exception {
        S3Client s3 = S3.server().clients().sync();
        String source = S3.server().bucket("source");
        // Pages big enough that the signal lands while some are still to be tiled.
        TaskBuckets.uploadObject(s3, source, IntStream.rangeClosed(1, PAGES)
                .mapToObj(page -> TestImages.image(dir.resolve("p" + page + ".jpg"), 1600, 1200, page)).toList());
        String destination = S3.server().bucket("dest");
        S3Storage published = new S3Storage(S3.server().clients(), destination, TaskBuckets.ROOT,
                S3Storage.Options.NONE);
        Storage records = RunRecords.onServer(S3.server(), destination, TaskBuckets.ROOT);
        Path containerDir = dir.resolve("container");
        Map<String, String> environment = TaskContainer.environment(S3.server(), containerDir);
        TaskBuckets.put(s3, TASKS, TASK, TaskBuckets.task(source, destination, Map.of()));

        ChildProcess.Result stopped;
        Duration stopTime;
        try (ChildProcess first = ChildProcess.start(environment, "run")) {
            first.awaitWhileRunning(() -> finished(records).size() >= 2, "2 pages published");
            long sent = first.signal("TERM");
            stopped = first.finish();
            stopTime = Duration.ofNanos(System.nanoTime() - sent);
        }
        System.out.printf("run: ended %d ms after SIGTERM%n", stopTime.toMillis());

        assertThat(stopped.exitCode()).as("exit code; output:%n%s", stopped.output()).isZero();
        assertThat(stopTime).as("ended within shutdown.timeout-seconds").isLessThan(BOUND);
        assertThat(stopped.output()).contains("SIGTERM received: stopping");
        // One line says what became of the task; Camel's consumers do not add their reports with stack traces.
        assertThat(ConsoleLines.containing(stopped.output(), TASK + " stays pending for the container that starts"
                + " next")).as("output:%n%s", stopped.output()).hasSize(1);
        assertThat(ConsoleLines.stackTrace(stopped.output())).as("output:%n%s", stopped.output()).isEmpty();
        Set<String> done = finished(records);
        assertThat(done).as("pages were left for the next container").hasSizeLessThan(PAGES);
        assertThat(TaskBuckets.keys(s3, TASKS)).as("the task waits where it was, without an outcome")
                .containsExactly(TASK);
        assertThat(Json.parse(RunReports.read(records)).path("status").asText())
                .isEqualTo("interrupted");
        assertNothingPartial(published);
        assertThat(containerDir.resolve("work")).as("the work folder is removed").doesNotExist();

        try (ChildProcess second = ChildProcess.start(environment, "run")) {
            // The run's work folder goes when its exchange completes, just after the task file is moved.
            second.awaitWhileRunning(() -> !TaskBuckets.exists(s3, TASKS, TASK)
                    && !Files.exists(containerDir.resolve("work")), "the task moved and the work folder removed");
        }
        assertThat(TaskBuckets.keys(s3, TASKS)).contains("processed/" + TASK).doesNotContain("failed/" + TASK);
        assertThat(Json.parse(TaskBuckets.read(s3, TASKS, "processed/" + TASK + ".outcome.json"))
                .path("status").asText()).isEqualTo("succeeded");
        PublishedBucket.assertComplete(s3, destination, TaskBuckets.ROOT, published);
        Reruns.assertRerunKeptWhatWasFinished(RunReports.read(records), PAGES, done);
    }

    /** Without a task in progress the container stops as soon as Camel has stopped its routes. */
    @Test
    void anIdleContainerStopsAtOnce() throws Exception {
        Path containerDir = dir.resolve("idle");
        ChildProcess.Result stopped;
        Duration stopTime;
        try (ChildProcess container = ChildProcess.start(TaskContainer.environment(S3.server(), containerDir),
                "run")) {
            container.awaitWhileRunning(() -> Files.exists(containerDir.resolve("heartbeat")), "the first heartbeat");
            long sent = container.signal("TERM");
            stopped = container.finish();
            stopTime = Duration.ofNanos(System.nanoTime() - sent);
        }
        System.out.printf("run, idle: ended %d ms after SIGTERM%n", stopTime.toMillis());

        assertThat(stopped.exitCode()).as("exit code; output:%n%s", stopped.output()).isZero();
        assertThat(stopped.output()).contains("SIGTERM received: stopping");
        assertThat(stopTime).isLessThan(Duration.ofSeconds(10));
    }

    /** No collection or manifest of a part, and every published info.json has all that a viewer asks for. */
    private static void assertNothingPartial(S3Storage published) throws IOException {
        List<String> keys = published.list("");
        assertThat(keys).noneMatch(key -> key.startsWith("collection/top.json") || key.endsWith("/manifest.json"));
        Set<String> present = new HashSet<>(keys);
        for (String info : keys.stream().filter(key -> key.endsWith("/info.json")).toList()) {
            String service = info.substring(0, info.length() - "/info.json".length());
            JsonNode json = Json.parse(published.read(info));
            assertThat(ViewerRequests.of(json)).as("viewer URLs of %s", service)
                    .allSatisfy(url -> assertThat(present).contains(service + "/" + url));
        }
    }

    /** The pages whose image service is published completely, its provenance record last. */
    private static Set<String> finished(Storage records) {
        try {
            return Reruns.finished(records.list(Reruns.RECORDS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
