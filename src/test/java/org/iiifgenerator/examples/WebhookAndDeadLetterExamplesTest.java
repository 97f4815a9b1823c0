package org.iiifgenerator.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iiifgenerator.testsupport.ChildProcess;
import org.iiifgenerator.testsupport.ExampleRoutes;
import org.iiifgenerator.testsupport.Json;
import org.iiifgenerator.testsupport.RecordingHttpEndpoint;
import org.iiifgenerator.testsupport.S3ProxyExtension;
import org.iiifgenerator.testsupport.TaskBuckets;
import org.iiifgenerator.testsupport.TaskContainer;
import org.iiifgenerator.testsupport.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The task-webhook and dead-letter examples in the long-lived container, configured as a user would (a mounted
 * routes folder, environment variables): a task that publishes everything is posted to the webhook; a task with
 * a broken page puts its outcome and the page's report entry under dead-letter/ in the task bucket.
 */
class WebhookAndDeadLetterExamplesTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.s3proxyForTheApplication();

    @TempDir
    Path dir;

    @Test
    void postsCompletedTasksAndKeepsFailuresUnderDeadLetter() throws Exception {
        S3Client s3 = S3.server().clients().sync();
        String good = S3.server().bucket("good-source");
        TaskBuckets.uploadObject(s3, good, dir.resolve("good"), Map.of("p1.jpg", 300));
        String broken = S3.server().bucket("broken-source");
        TaskBuckets.uploadObject(s3, broken, List.of(TestImages.image(dir.resolve("broken/p1.jpg"), 300, 400),
                TestImages.notAnImage(dir.resolve("broken/p2.jpg"))));
        String destination = S3.server().bucket("published");

        try (RecordingHttpEndpoint webhook = new RecordingHttpEndpoint(request -> new RecordingHttpEndpoint.Answer(
                200, "{}"));
             ChildProcess container = ChildProcess.start(environment(webhook), "run")) {
            TaskBuckets.put(s3, "tasks", "good.json", TaskBuckets.task(good, destination,
                    Map.of("DEST_PREFIX", "good")));
            TaskBuckets.put(s3, "tasks", "broken.json", TaskBuckets.task(broken, destination,
                    Map.of("DEST_PREFIX", "broken")));

            container.awaitWhileRunning(() -> !webhook.requests().isEmpty(), "the webhook posted");
            container.awaitWhileRunning(() -> deadLetters(s3).size() == 2, "two dead letters");

            RecordingHttpEndpoint.Request post = webhook.requests().getFirst();
            assertThat(post.method()).isEqualTo("POST");
            assertThat(post.header("Content-Type")).startsWith("application/json");
            JsonNode outcome = Json.parse(post.body());
            assertThat(outcome.path("task").asText()).isEqualTo("s3://tasks/good.json");
            assertThat(outcome.path("status").asText()).isEqualTo("succeeded");
            assertThat(outcome.path("totals").path("imagesTiled").asInt()).isEqualTo(1);

            List<String> letters = deadLetters(s3);
            String image = letters.stream().filter(key -> key.startsWith("dead-letter/images/")).findFirst()
                    .orElseThrow();
            assertThat(image).isEqualTo("dead-letter/images/" + TaskBuckets.OBJECT + "-2.json");
            JsonNode page = Json.parse(TaskBuckets.read(s3, "tasks", image));
            assertThat(page.path("status").asText()).isEqualTo("failed");
            assertThat(page.path("source").asText()).endsWith("p2.jpg");
            String task = letters.stream().filter(key -> key.startsWith("dead-letter/tasks/")).findFirst()
                    .orElseThrow();
            assertThat(task).endsWith("-broken.json");
            JsonNode failed = Json.parse(TaskBuckets.read(s3, "tasks", task));
            assertThat(failed.path("task").asText()).isEqualTo("s3://tasks/broken.json");
            assertThat(failed.path("status").asText()).isEqualTo("failed");
            assertThat(webhook.requests()).as("only completed tasks are posted").hasSize(1);
        }
    }

    private static List<String> deadLetters(S3Client s3) {
        return TaskBuckets.keys(s3, "tasks").stream().filter(key -> key.startsWith("dead-letter/")).toList();
    }

    private Map<String, String> environment(RecordingHttpEndpoint webhook) {
        Map<String, String> environment = new HashMap<>(TaskContainer.environment(S3.server(), dir));
        environment.put("ROUTES_DIR", ExampleRoutes.copy(dir.resolve("routes"), "task-webhook.camel.yaml",
                "dead-letter.camel.yaml").toString());
        environment.put("WEBHOOK_URL", webhook.endpoint() + "/hooks/iiif");
        return environment;
    }
}
