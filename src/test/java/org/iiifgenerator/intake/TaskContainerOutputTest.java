package org.iiifgenerator.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.iiifgenerator.config.SettingsRegistry;
import org.iiifgenerator.testsupport.ChildProcess;
import org.iiifgenerator.testsupport.ConsoleLines;
import org.iiifgenerator.testsupport.FailingReads;
import org.iiifgenerator.testsupport.S3ProxyExtension;
import org.iiifgenerator.testsupport.S3ProxyServer;
import org.iiifgenerator.testsupport.TaskBuckets;
import org.iiifgenerator.testsupport.TaskContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What an operator reads from the long-lived container, in a JVM of its own as ECS runs it, when S3 does not serve
 * a task's images: one line saying the task stays for a later try, no stack trace; the later try finishes it.
 */
class TaskContainerOutputTest {

    private static final FailingReads READS = new FailingReads();
    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.s3proxy(S3ProxyServer.builder().blobStore(READS));
    private static final int S3_ATTEMPTS = 2;

    @TempDir
    static Path dir;

    @Test
    void aTaskThatStaysForALaterTryIsReportedInOneLine() throws Exception {
        S3Client s3 = S3.server().clients().sync();
        String source = S3.server().bucket("source");
        TaskBuckets.uploadObject(s3, source, dir, Map.of("p1.jpg", 300, "p2.jpg", 310));
        String destination = S3.server().bucket("dest");
        // Every attempt of the first try's GET fails; the second try reads the page.
        READS.failGets(source, TaskBuckets.ACCESS_DIR + "/p2.jpg", S3_ATTEMPTS);
        Map<String, String> environment = new HashMap<>(TaskContainer.environment(S3.server(),
                dir.resolve("container")));
        environment.put(TaskContainer.variableOf("aws.s3.max-attempts"), String.valueOf(S3_ATTEMPTS));
        environment.put(TaskContainer.variableOf(SettingsRegistry.MAX_TRIES), "3");
        TaskBuckets.put(s3, "tasks", "flaky.json", TaskBuckets.task(source, destination, Map.of()));

        ChildProcess.Result result;
        try (ChildProcess container = ChildProcess.start(environment, "run")) {
            container.awaitWhileRunning(() -> TaskBuckets.exists(s3, "tasks", "processed/flaky.json.outcome.json"),
                    "flaky.json processed by its second try");
            container.signal("TERM");
            result = container.finish();
        }

        assertThat(ConsoleLines.containing(result.output(), "stays for a later try"))
                .as("output:%n%s", result.output()).singleElement().asString()
                .contains("Task s3://tasks/flaky.json stays for a later try (try 1 of 3): S3 did not serve");
        assertThat(ConsoleLines.stackTrace(result.output())).as("output:%n%s", result.output()).isEmpty();
    }
}
