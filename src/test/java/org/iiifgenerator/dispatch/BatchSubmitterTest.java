package org.iiifgenerator.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.iiifgenerator.testsupport.RecordingHttpEndpoint;
import org.iiifgenerator.testsupport.RecordingHttpEndpoint.Answer;
import org.iiifgenerator.testsupport.RecordingHttpEndpoint.Request;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.batch.BatchClient;

/** What the AWS SDK sends to AWS Batch for a task, checked on the wire against a recording endpoint. */
class BatchSubmitterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BatchSubmitter.Defaults DEFAULTS = new BatchSubmitter.Defaults(3, 7200);
    private static final Map<String, String> ENVIRONMENT = environment();

    @Test
    void submitsOneJobWithTheTaskAsEnvironmentSignedForBatch() throws Exception {
        AtomicInteger ids = new AtomicInteger();
        try (RecordingHttpEndpoint endpoint = new RecordingHttpEndpoint(jobs(ids));
             BatchClient client = client(endpoint)) {

            BatchSubmitter.Submitted submitted = new BatchSubmitter(client, DEFAULTS)
                    .submit("Box 2 / Folder 19", "iiifjq", "iiifjd:3", ENVIRONMENT, 1);

            assertThat(submitted.jobIds()).containsExactly("job-1");
            Request request = endpoint.requests().getFirst();
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/v1/submitjob");
            assertThat(request.header("Authorization")).contains("/us-east-1/batch/aws4_request");
            JsonNode body = JSON.readTree(request.body());
            assertThat(body.path("jobName").asText()).isEqualTo("Box_2___Folder_19");
            assertThat(body.path("jobQueue").asText()).isEqualTo("iiifjq");
            assertThat(body.path("jobDefinition").asText()).isEqualTo("iiifjd:3");
            assertThat(body.path("containerOverrides").path("command").toString()).isEqualTo("[\"batch\"]");
            assertThat(body.path("containerOverrides").path("environment").toString())
                    .isEqualTo("[{\"name\":\"ACCESS_DIR\",\"value\":\"Coll/Box2/Folder19/Access\"},"
                            + "{\"name\":\"AWS_SRC_BUCKET\",\"value\":\"src\"},{\"name\":\"TILE_SIZE\",\"value\":\"512\"}]");
            assertThat(body.path("retryStrategy").path("attempts").asInt()).isEqualTo(3);
            assertThat(body.path("retryStrategy").path("evaluateOnExit").toString()).as("the job definition's rules")
                    .isEqualTo("[{\"onStatusReason\":\"Host EC2*\",\"action\":\"RETRY\"},"
                            + "{\"onExitCode\":\"2\",\"action\":\"EXIT\"},{\"onExitCode\":\"1\",\"action\":\"EXIT\"}]");
            assertThat(body.path("timeout").path("attemptDurationSeconds").asInt()).isEqualTo(7200);
            assertThat(body.has("arrayProperties")).isFalse();
        }
    }

    @Test
    void shardsBecomeAnArrayJobAndAFinalizeJobThatDependsOnIt() throws Exception {
        AtomicInteger ids = new AtomicInteger();
        try (RecordingHttpEndpoint endpoint = new RecordingHttpEndpoint(jobs(ids));
             BatchClient client = client(endpoint)) {

            BatchSubmitter.Submitted submitted = new BatchSubmitter(client, DEFAULTS)
                    .submit("box2", "iiifjq", "iiifjd:3", ENVIRONMENT, 8);

            assertThat(submitted.jobIds()).containsExactly("job-1", "job-2");
            JsonNode array = JSON.readTree(endpoint.requests().get(0).body());
            JsonNode finalize = JSON.readTree(endpoint.requests().get(1).body());
            assertThat(array.path("arrayProperties").path("size").asInt()).isEqualTo(8);
            assertThat(finalize.path("jobName").asText()).isEqualTo("box2-finalize");
            assertThat(finalize.path("dependsOn").path(0).path("jobId").asText()).isEqualTo("job-1");
            assertThat(finalize.path("containerOverrides").path("command").toString()).isEqualTo("[\"finalize\"]");
            assertThat(finalize.has("arrayProperties")).isFalse();
        }
    }

    @Test
    void aRefusalNamesTheJobTheQueueAndBatchsReason() throws Exception {
        try (RecordingHttpEndpoint endpoint = new RecordingHttpEndpoint(request -> new Answer(400,
                "{\"__type\":\"ClientException\",\"message\":\"Job Queue iiifjq does not exist\"}"));
             BatchClient client = client(endpoint)) {

            assertThatThrownBy(() -> new BatchSubmitter(client, DEFAULTS)
                    .submit("box2", "iiifjq", "iiifjd:3", ENVIRONMENT, 1))
                    .isInstanceOf(BatchSubmitter.DispatchException.class)
                    .isNotInstanceOf(BatchSubmitter.DispatchUnavailableException.class)
                    .hasMessageContaining("box2").hasMessageContaining("iiifjq")
                    .hasMessageContaining("Job Queue iiifjq does not exist");
        }
    }

    @Test
    void throttlingIsRetriedByTheSdk() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (RecordingHttpEndpoint endpoint = new RecordingHttpEndpoint(request -> calls.incrementAndGet() == 1
                ? new Answer(429, "{\"__type\":\"TooManyRequestsException\",\"message\":\"Too Many Requests\"}")
                : new Answer(200, "{\"jobArn\":\"arn:aws:batch:us-east-1:1:job/j\",\"jobName\":\"box2\",\"jobId\":\"j\"}"));
             BatchClient client = client(endpoint)) {

            assertThat(new BatchSubmitter(client, DEFAULTS).submit("box2", "q", "d", ENVIRONMENT, 1).jobIds())
                    .containsExactly("j");
            assertThat(endpoint.requests()).hasSize(2);
        }
    }

    @Test
    void throttlingBeyondTheSdksRetriesMeansTryTheTaskLater() throws Exception {
        try (RecordingHttpEndpoint endpoint = new RecordingHttpEndpoint(request ->
                new Answer(429, "{\"__type\":\"TooManyRequestsException\",\"message\":\"Too Many Requests\"}"));
             BatchClient client = client(endpoint)) {

            assertThatThrownBy(() -> new BatchSubmitter(client, DEFAULTS).submit("box2", "q", "d", ENVIRONMENT, 1))
                    .isInstanceOf(BatchSubmitter.DispatchUnavailableException.class)
                    .hasMessageContaining("could not take job 'box2'");
            assertThat(endpoint.requests()).as("the SDK's standard tries").hasSize(3);
        }
    }

    @Test
    void jobNamesAreMadeToFitBatchsRules() {
        assertThat(BatchJobName.of("Ms2016_012 Box2/Folder19")).isEqualTo("Ms2016_012_Box2_Folder19");
        assertThat(BatchJobName.of("-x")).isEqualTo("job-x");
        assertThat(BatchJobName.of("a".repeat(200))).hasSize(128);
        assertThat(BatchJobName.finalizeOf("a".repeat(200))).hasSize(128).endsWith("-finalize");
    }

    private static Function<Request, Answer> jobs(AtomicInteger ids) {
        return request -> {
            String id = "job-" + ids.incrementAndGet();
            return new Answer(200, "{\"jobArn\":\"arn:aws:batch:us-east-1:123456789012:job/" + id
                    + "\",\"jobName\":\"n\",\"jobId\":\"" + id + "\"}");
        };
    }

    private static BatchClient client(RecordingHttpEndpoint endpoint) {
        return BatchClient.builder()
                .endpointOverride(endpoint.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")))
                .overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD))
                .build();
    }

    private static Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("ACCESS_DIR", "Coll/Box2/Folder19/Access");
        environment.put("AWS_SRC_BUCKET", "src");
        environment.put("TILE_SIZE", "512");
        return environment;
    }
}
