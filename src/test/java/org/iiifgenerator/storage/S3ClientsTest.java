package org.iiifgenerator.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.iiifgenerator.aws.AwsClients;
import org.iiifgenerator.testsupport.FaultInjectingProxy;
import org.iiifgenerator.testsupport.FaultInjectingProxy.Fault;
import org.iiifgenerator.testsupport.S3ProxyExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.model.S3Object;

class S3ClientsTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.s3proxy();

    /** System properties a test set, with the values to put back (null: none). */
    private final Map<String, String> replacedProperties = new HashMap<>();

    @AfterEach
    void restoreSystemProperties() {
        replacedProperties.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }

    @Test
    void credentialsComeFromTheDefaultChainWhenNoneAreGiven() {
        setSystemProperty("aws.accessKeyId", S3.server().accessKey());
        setSystemProperty("aws.secretAccessKey", S3.server().secretKey());
        String bucket = S3.server().newBucket();

        try (S3Clients clients = new S3Clients(S3.server().settings(null))) {
            clients.sync().putObject(request -> request.bucket(bucket).key("signed.json"), RequestBody.fromString("{}"));
            clients.transferManager().upload(upload -> upload
                    .putObjectRequest(request -> request.bucket(bucket).key("transferred.json"))
                    .requestBody(AsyncRequestBody.fromString("{}")))
                    .completionFuture().join();
        }

        assertThat(S3.server().clients().sync().listObjectsV2(request -> request.bucket(bucket)).contents())
                .extracting(S3Object::key).containsExactly("signed.json", "transferred.json");
    }

    @Test
    void aMissingRegionIsTakenFromTheDefaultChain() {
        setSystemProperty("aws.region", "eu-west-3");

        try (S3Clients clients = new S3Clients(new AwsClients.Settings(" ", S3.server().endpoint(), true))) {
            assertThat(clients.sync().serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_3);
            assertThat(clients.async().serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_3);
        }
    }

    @Test
    void aRegionFoundNowhereIsAClearError() {
        assumeTrue(System.getenv("AWS_REGION") == null && System.getenv("AWS_DEFAULT_REGION") == null,
                "a region is set in the environment");
        setSystemProperty("aws.region", null);
        // Without this the chain would wait for the EC2 instance metadata service to time out.
        setSystemProperty("aws.disableEc2Metadata", "true");
        setSystemProperty("aws.configFile", "/nonexistent/aws-config");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new S3Clients(new AwsClients.Settings(null, S3.server().endpoint(), true)))
                .withMessageStartingWith("AWS_REGION is not set")
                .withMessageContaining("give the task an AWS_REGION");
    }

    @Test
    void aFailingRequestIsTriedMaxAttemptsTimesByEachClientThenReportsItsLastError() throws Exception {
        String bucket = S3.server().newBucket();
        AwsClients.Retries retries = new AwsClients.Retries(3, Duration.ofSeconds(10), Duration.ofSeconds(60));
        try (FaultInjectingProxy proxy = FaultInjectingProxy.start(S3.server().endpoint(), 11).failEveryRequestAfter(0);
             S3Clients clients = new S3Clients(S3.server().settingsAt(proxy.endpoint()).withRetries(retries))) {
            assertThatExceptionOfType(SdkException.class)
                    .isThrownBy(() -> clients.sync().headBucket(request -> request.bucket(bucket)));
            assertThat(proxy.requests()).isEqualTo(3);

            assertThatThrownBy(() -> clients.async().putObject(request -> request.bucket(bucket).key("k"),
                    AsyncRequestBody.fromString("{}")).join()).hasCauseInstanceOf(SdkException.class);
            assertThat(proxy.requests()).isEqualTo(6);
        }
    }

    @Test
    void anAnswerThatBreaksOffWhileTheSdkReadsItIsTriedAgain() throws Exception {
        String bucket = S3.server().newBucket();
        S3.server().clients().sync().putObject(request -> request.bucket(bucket).key("k"),
                RequestBody.fromString("{}"));
        try (FaultInjectingProxy proxy = FaultInjectingProxy.start(S3.server().endpoint(), 15)
                .drawingFrom(Fault.TRUNCATED_BODY).failRequests(1, 1);
             S3Clients clients = new S3Clients(S3.server().settingsAt(proxy.endpoint()))) {
            assertThat(clients.sync().listObjectsV2(request -> request.bucket(bucket)).contents())
                    .extracting(S3Object::key).containsExactly("k");
            assertThat(proxy.requests()).isEqualTo(2);
        }
    }

    @Test
    void anAttemptThatGetsNoAnswerIsAbandonedAtTheAttemptTimeoutAndTheRequestAtTheCallTimeout() throws Exception {
        String bucket = S3.server().newBucket();
        try (FaultInjectingProxy proxy = FaultInjectingProxy.start(S3.server().endpoint(), 13).stallEveryRequest();
             S3Clients attempts = new S3Clients(S3.server().settingsAt(proxy.endpoint()).withRetries(
                     new AwsClients.Retries(2, Duration.ofMillis(500), Duration.ofSeconds(30))));
             S3Clients calls = new S3Clients(S3.server().settingsAt(proxy.endpoint()).withRetries(
                     new AwsClients.Retries(8, Duration.ofMillis(500), Duration.ofMillis(1500))))) {
            // Without them, each attempt would wait for the socket's read timeout (30 s).
            assertThat(timed(() -> attempts.sync().headBucket(request -> request.bucket(bucket))))
                    .isInstanceOf(ApiCallAttemptTimeoutException.class)
                    .hasMessageContaining("Attempt Count: 2");
            assertThat(timed(() -> attempts.async().headBucket(request -> request.bucket(bucket)).join()))
                    .hasCauseInstanceOf(ApiCallAttemptTimeoutException.class);
            assertThat(timed(() -> calls.sync().headBucket(request -> request.bucket(bucket))))
                    .isInstanceOf(ApiCallTimeoutException.class);
        }
    }

    /** What the call failed with, after checking that it failed within five seconds. */
    private static Throwable timed(Runnable call) {
        long start = System.nanoTime();
        Throwable failure = catchThrowable(call::run);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        return failure;
    }

    private void setSystemProperty(String name, String value) {
        if (!replacedProperties.containsKey(name)) {
            replacedProperties.put(name, System.getProperty(name));
        }
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }
}
