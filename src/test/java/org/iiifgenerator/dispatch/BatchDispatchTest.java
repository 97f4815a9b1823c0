package org.iiifgenerator.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.iiifgenerator.testsupport.ApplicationRoutesTestSupport;
import org.iiifgenerator.testsupport.Await;
import org.iiifgenerator.testsupport.RecordingHttpEndpoint;
import org.iiifgenerator.testsupport.RecordingHttpEndpoint.Answer;
import org.iiifgenerator.testsupport.RecordingHttpEndpoint.Request;
import org.iiifgenerator.testsupport.S3ProxyExtension;
import org.iiifgenerator.testsupport.TaskBuckets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The long-lived container with dispatch=batch: task files found in the task bucket become AWS Batch jobs, checked
 * on the wire against a recording endpoint (there is no Batch emulator), and move to processed/ with their job ids.
 */
class BatchDispatchTest extends ApplicationRoutesTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicReference<Function<Request, Answer>> BATCH = new AtomicReference<>();
    private static final RecordingHttpEndpoint ENDPOINT = endpoint();

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.s3proxyForTheApplication();

    @TempDir
    static Path dir;

    private final AtomicInteger jobIds = new AtomicInteger();
    private S3Client s3;
    private String source;

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = taskBucketProperties(S3.server(), dir.resolve("work"));
        properties.put("dispatch.mode", "batch");
        properties.put("dispatch.batch.attempts", "3");
        properties.put("dispatch.batch.timeout-seconds", "3600");
        properties.put("aws.batch.endpoint", ENDPOINT.endpoint().toString());
        return properties;
    }

    @BeforeEach
    void acceptJobs() {
        s3 = S3.server().clients().sync();
        source = S3.server().bucket("src");
        TaskBuckets.uploadObject(s3, source, dir, Map.of("p1.jpg", 300));
        BATCH.set(request -> {
            String id = "job-" + jobIds.incrementAndGet();
            return new Answer(200, "{\"jobArn\":\"arn:aws:batch:us-east-1:123456789012:job/" + id
                    + "\",\"jobName\":\"n\",\"jobId\":\"" + id + "\"}");
        });
    }

    @AfterAll
    static void stopTheEndpoint() {
        ENDPOINT.close();
    }

    @Test
    void aTaskBecomesOneJobWithItsEnvironmentAndMovesToProcessedWithTheJobId() throws Exception {
        int before = ENDPOINT.requests().size();
        TaskBuckets.put(s3, "tasks", "one.json", TaskBuckets.task(source, S3.server().bucket("dest-one"), Map.of()));
        Await.until(() -> TaskBuckets.exists(s3, "tasks", "processed/one.json.outcome.json"), "one.json processed");

        List<Request> sent = ENDPOINT.requests().subList(before, ENDPOINT.requests().size());
        assertThat(sent).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/v1/submitjob");
            assertThat(request.header("Authorization")).contains("/us-east-1/batch/aws4_request");
        });
        JsonNode job = JSON.readTree(sent.getFirst().body());
        assertThat(job.path("jobName").asText()).isEqualTo("box1");
        assertThat(job.path("jobQueue").asText()).isEqualTo("iiifjq");
        assertThat(job.path("jobDefinition").asText()).isEqualTo("iiifjd:1");
        assertThat(job.path("containerOverrides").path("command").toString()).isEqualTo("[\"batch\"]");
        Map<String, String> environment = environment(job);
        assertThat(environment).containsEntry("ACCESS_DIR", TaskBuckets.ACCESS_DIR)
                .containsEntry("AWS_SRC_BUCKET", source).containsEntry("AWS_DEST_BUCKET", "dest-one")
                .containsEntry("DEST_URL", TaskBuckets.DEST_URL).containsEntry("SHARDS", "1")
                .as("the job keeps its run records where the container does: in the task bucket")
                .containsEntry("RECORDS", "s3://tasks/records");
        assertThat(job.path("retryStrategy").path("attempts").asInt()).isEqualTo(3);
        assertThat(job.path("timeout").path("attemptDurationSeconds").asInt()).isEqualTo(3600);
        assertThat(job.has("arrayProperties")).isFalse();

        JsonNode outcome = outcome("processed/one.json");
        assertThat(outcome.path("status").asText()).isEqualTo("submitted");
        assertThat(outcome.path("jobs").toString()).isEqualTo("[\"job-1\"]");
        assertThat(TaskBuckets.exists(s3, "tasks", "one.json")).isFalse();
        assertThat(s3.listObjectsV2(r -> r.bucket("dest-one")).contents()).as("nothing tiled here").isEmpty();
    }

    @Test
    void aTaskWithShardsBecomesAnArrayJobAndAFinalizeJobThatWaitsForIt() throws Exception {
        int before = ENDPOINT.requests().size();
        TaskBuckets.put(s3, "tasks", "shards.json",
                TaskBuckets.task(source, S3.server().bucket("dest-shards"), Map.of("SHARDS", "4")));
        Await.until(() -> TaskBuckets.exists(s3, "tasks", "processed/shards.json.outcome.json"), "shards.json");

        List<Request> sent = ENDPOINT.requests().subList(before, ENDPOINT.requests().size());
        assertThat(sent).hasSize(2);
        JsonNode array = JSON.readTree(sent.get(0).body());
        JsonNode finalize = JSON.readTree(sent.get(1).body());
        assertThat(array.path("arrayProperties").path("size").asInt()).isEqualTo(4);
        assertThat(environment(array)).containsEntry("SHARDS", "4");
        assertThat(finalize.path("jobName").asText()).isEqualTo("box1-finalize");
        assertThat(finalize.path("containerOverrides").path("command").toString()).isEqualTo("[\"finalize\"]");
        assertThat(environment(finalize)).isEqualTo(environment(array));
        String arrayJob = "job-" + (jobIds.get() - 1);
        assertThat(finalize.path("dependsOn").path(0).path("jobId").asText()).isEqualTo(arrayJob);
        assertThat(outcome("processed/shards.json").path("jobs").toString())
                .isEqualTo("[\"" + arrayJob + "\",\"job-" + jobIds.get() + "\"]");
    }

    @Test
    void aJobBatchRefusesSendsTheTaskToFailedWithBatchsReason() throws Exception {
        BATCH.set(request -> new Answer(400,
                "{\"__type\":\"ClientException\",\"message\":\"Job queue iiifjq does not exist\"}"));
        TaskBuckets.put(s3, "tasks", "refused.json", TaskBuckets.task(source, "dest-refused", Map.of()));
        TaskBuckets.put(s3, "tasks", "lambda.json",
                TaskBuckets.task(source, "dest-refused", Map.of("DISPATCH", "lambda")));

        Await.until(() -> TaskBuckets.exists(s3, "tasks", "failed/refused.json.outcome.json")
                && TaskBuckets.exists(s3, "tasks", "failed/lambda.json.outcome.json"), "both tasks failed");

        assertThat(outcome("failed/refused.json").path("error").asText())
                .contains("refused job 'box1'", "iiifjq", "Job queue iiifjq does not exist");
        assertThat(outcome("failed/lambda.json").path("error").asText())
                .contains("DISPATCH is lambda", "dispatch.lambda.function");
    }

    @Test
    void whileBatchThrottlesTheTaskStaysAndIsSubmittedWhenBatchTakesItAgain() throws Exception {
        AtomicInteger throttled = new AtomicInteger();
        Function<Request, Answer> accepting = BATCH.get();
        BATCH.set(request -> throttled.incrementAndGet() <= 6
                ? new Answer(429, "{\"__type\":\"TooManyRequestsException\",\"message\":\"Too Many Requests\"}")
                : accepting.apply(request));
        TaskBuckets.put(s3, "tasks", "later.json", TaskBuckets.task(source, "dest-later", Map.of()));

        Await.until(() -> throttled.get() >= 3, "the SDK's tries of the first poll");
        assertThat(TaskBuckets.exists(s3, "tasks", "failed/later.json")).as("not the task's fault").isFalse();
        Await.until(() -> TaskBuckets.exists(s3, "tasks", "processed/later.json.outcome.json"), "later.json");
        assertThat(throttled.get()).as("throttled, then tried again on a later poll").isGreaterThan(6);
        assertThat(TaskBuckets.exists(s3, "tasks", "failed/later.json")).isFalse();
    }

    private JsonNode outcome(String task) throws Exception {
        return JSON.readTree(TaskBuckets.read(s3, "tasks", task + ".outcome.json"));
    }

    private static Map<String, String> environment(JsonNode job) {
        Map<String, String> environment = new HashMap<>();
        job.path("containerOverrides").path("environment")
                .forEach(pair -> environment.put(pair.path("name").asText(), pair.path("value").asText()));
        return environment;
    }

    private static RecordingHttpEndpoint endpoint() {
        try {
            return new RecordingHttpEndpoint(request -> BATCH.get().apply(request));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
