package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.iiifgenerator.testsupport.RecordingHttpEndpoint;
import org.iiifgenerator.testsupport.RecordingHttpEndpoint.Answer;
import org.iiifgenerator.testsupport.RecordingHttpEndpoint.Request;
import org.iiifgenerator.testsupport.S3ProxyExtension;
import org.iiifgenerator.testsupport.S3ProxyServer;
import org.iiifgenerator.testsupport.TaskBuckets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The trigger Lambda's handler with S3 event notifications as Lambda delivers them, the task bucket on a real S3
 * protocol server and AWS Batch as a recording endpoint.
 */
class TriggerHandlerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicReference<Function<Request, Answer>> BATCH = new AtomicReference<>();
    private static final AtomicInteger JOB_IDS = new AtomicInteger();

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.s3proxyForTheApplication();

    @TempDir
    static Path dir;

    private static RecordingHttpEndpoint batch;
    private static TriggerHandler handler;
    private static S3Client s3;

    @BeforeAll
    static void startTheFunction() throws IOException {
        batch = new RecordingHttpEndpoint(request -> BATCH.get().apply(request));
        s3 = S3.server().clients().sync();
        S3.server().bucket("tasks");
        handler = new TriggerHandler(Map.of("aws.endpoint", S3.server().endpoint().toString(),
                "aws.path-style", "true", "aws.region", S3ProxyServer.REGION,
                "aws.batch.endpoint", batch.endpoint().toString(), "tasks.prefix", "incoming/"));
    }

    @AfterAll
    static void stopTheFunction() {
        handler.close();
        batch.close();
    }

    @Test
    void everyCreatedTaskFileOfTheEventIsSubmittedOrFailedAndOtherKeysAreIgnored() throws Exception {
        BATCH.set(TriggerHandlerTest::acceptJob);
        String source = S3.server().bucket("src-trigger");
        TaskBuckets.uploadObject(s3, source, dir, Map.of("p1.jpg", 300));
        TaskBuckets.put(s3, "tasks", "incoming/Box 2 Folder 19.json", TaskBuckets.task(source, "dest", Map.of()));
        TaskBuckets.put(s3, "tasks", "incoming/bad task.json",
                TaskBuckets.task(source, "dest", Map.of("TILE_SIZES", "512")));
        TaskBuckets.put(s3, "tasks", "incoming/notes.txt", "not a task");
        TaskBuckets.put(s3, "tasks", "incoming/processed/old.json", "{}");
        int before = batch.requests().size();

        JsonNode answer = invoke(event(
                record("ObjectCreated:Put", "incoming/Box+2+Folder+19.json"),
                record("ObjectCreated:CompleteMultipartUpload", "incoming/bad%20task.json"),
                record("ObjectCreated:Put", "incoming/notes.txt"),
                record("ObjectCreated:Copy", "incoming/processed/old.json"),
                record("ObjectRemoved:Delete", "incoming/gone.json")));

        assertThat(answer.path("submitted").toString()).isEqualTo("[\"s3://tasks/incoming/Box 2 Folder 19.json\"]");
        assertThat(answer.path("failed").toString()).isEqualTo("[\"s3://tasks/incoming/bad task.json\"]");
        assertThat(answer.path("ignored").toString())
                .isEqualTo("[\"s3://tasks/incoming/notes.txt\",\"s3://tasks/incoming/processed/old.json\"]");
        List<Request> sent = batch.requests().subList(before, batch.requests().size());
        assertThat(sent).as("one job, for the valid task").singleElement()
                .satisfies(request -> assertThat(request.path()).isEqualTo("/v1/submitjob"));
        assertThat(JSON.readTree(sent.getFirst().body()).path("containerOverrides").path("environment").toString())
                .contains("\"ACCESS_DIR\"", TaskBuckets.ACCESS_DIR);
        JsonNode submitted = JSON.readTree(TaskBuckets.read(s3, "tasks",
                "incoming/processed/Box 2 Folder 19.json.outcome.json"));
        assertThat(submitted.path("status").asText()).isEqualTo("submitted");
        assertThat(submitted.path("jobs").get(0).asText()).startsWith("job-");
        JsonNode failed = JSON.readTree(TaskBuckets.read(s3, "tasks", "incoming/failed/bad task.json.outcome.json"));
        assertThat(failed.path("error").asText() + failed.path("problems")).contains("TILE_SIZES");
        assertThat(TaskBuckets.exists(s3, "tasks", "incoming/notes.txt")).isTrue();
    }

    @Test
    void whileBatchIsUnavailableTheInvocationFailsSoLambdaRetriesAndTheTaskStays() throws Exception {
        String source = S3.server().bucket("src-retry");
        TaskBuckets.put(s3, "tasks", "incoming/retry.json", TaskBuckets.task(source, "dest", Map.of()));
        String event = event(record("ObjectCreated:Put", "incoming/retry.json"));
        BATCH.set(request -> new Answer(503, "{\"__type\":\"ServerException\",\"message\":\"Service unavailable\"}"));

        assertThatIOException().isThrownBy(() -> invoke(event)).withMessageContaining("AWS Batch is unavailable");
        assertThat(TaskBuckets.exists(s3, "tasks", "incoming/retry.json")).as("the task stays").isTrue();
        assertThat(TaskBuckets.exists(s3, "tasks", "incoming/failed/retry.json")).isFalse();

        BATCH.set(TriggerHandlerTest::acceptJob);
        assertThat(invoke(event).path("submitted")).hasSize(1);
        assertThat(invoke(event).path("ignored")).as("a retried event after success: already handled").hasSize(1);
    }

    private static JsonNode invoke(String event) throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), output, null);
        return JSON.readTree(output.toByteArray());
    }

    private static Answer acceptJob(Request request) {
        String id = "job-" + JOB_IDS.incrementAndGet();
        return new Answer(200, "{\"jobArn\":\"arn:aws:batch:us-east-1:123456789012:job/" + id
                + "\",\"jobName\":\"n\",\"jobId\":\"" + id + "\"}");
    }

    private static String event(String... records) {
        return "{\"Records\":[" + String.join(",", records) + "]}";
    }

    /** One record as S3 writes it: the key URL-encoded, spaces as '+'. */
    private static String record(String eventName, String encodedKey) {
        return """
                {"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"us-east-1",
                 "eventTime":"2026-11-21T09:00:00.000Z","eventName":"%s",
                 "userIdentity":{"principalId":"EXAMPLE"},"requestParameters":{"sourceIPAddress":"127.0.0.1"},
                 "responseElements":{"x-amz-request-id":"EXAMPLE123456789","x-amz-id-2":"EXAMPLE123/abc"},
                 "s3":{"s3SchemaVersion":"1.0","configurationId":"tasks",
                  "bucket":{"name":"tasks","ownerIdentity":{"principalId":"EXAMPLE"},"arn":"arn:aws:s3:::tasks"},
                  "object":{"key":"%s","size":1024,"eTag":"0123456789abcdef0123456789abcdef",
                   "sequencer":"0A1B2C3D4E5F678901"}}}""".formatted(eventName, encodedKey);
    }
}
