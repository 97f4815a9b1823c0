package org.iiifgenerator.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.iiifgenerator.aws.AwsClients;
import org.iiifgenerator.testsupport.RecordingHttpEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * A worker invocation waits for its answer as long as dispatch.lambda.invocation-timeout-seconds says, not the
 * SDK's 30 s: a loopback Lambda that answers after 3 s is waited for with 6 s, and given up on with 1 s.
 */
class WorkerFunctionClientTest {

    private static final long WORKER_MILLIS = 3000;
    private static RecordingHttpEndpoint lambda;

    @BeforeAll
    static void startASlowWorker() throws IOException {
        lambda = new RecordingHttpEndpoint(request -> {
            try {
                Thread.sleep(WORKER_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new RecordingHttpEndpoint.Answer(200, "{\"published\":true}");
        });
    }

    @AfterAll
    static void stop() {
        lambda.close();
    }

    @Test
    void waitsForAWorkerWithinTheInvocationTimeout() {
        try (LambdaClient client = client(Duration.ofSeconds(6))) {
            InvokeResponse answer = client.invoke(r -> r.functionName("iiif-worker")
                    .payload(SdkBytes.fromUtf8String("{}")));
            assertThat(answer.payload().asString(StandardCharsets.UTF_8)).isEqualTo("{\"published\":true}");
        }
    }

    @Test
    void givesUpOnAnInvocationUnansweredForLongerThanTheTimeout() {
        long start = System.nanoTime();
        try (LambdaClient client = client(Duration.ofSeconds(1))) {
            assertThatThrownBy(() -> client.invoke(r -> r.functionName("iiif-worker")
                    .payload(SdkBytes.fromUtf8String("{}"))))
                    .isInstanceOf(SdkClientException.class).hasRootCauseInstanceOf(SocketTimeoutException.class);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("one attempt, cut at the timeout")
                .isLessThan(Duration.ofMillis(WORKER_MILLIS));
    }

    @Test
    void refusesATimeoutThatIsNotPositive() {
        assertThatThrownBy(() -> client(Duration.ZERO)).hasMessageContaining("invocation-timeout-seconds");
    }

    private static LambdaClient client(Duration invocationTimeout) {
        return WorkerFunctionClient.create(new AwsClients.Settings("us-east-1", lambda.endpoint(), false,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("access", "secret"))), 1, invocationTimeout);
    }
}
