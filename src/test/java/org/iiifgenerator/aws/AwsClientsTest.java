package org.iiifgenerator.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.stream.Stream;
import org.iiifgenerator.testsupport.FaultInjectingProxy;
import org.iiifgenerator.testsupport.S3ProxyExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.batch.BatchClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The clients {@link AwsClients} builds for services other than S3 (whose clients {@code storage.S3ClientsTest}
 * covers): each is sent to an S3 protocol server behind a proxy that fails every request, which answers the way
 * any AWS endpoint's outage would.
 */
class AwsClientsTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.s3proxy();

    /** The requests the clients of other services make, each with a client of its own. */
    static Stream<Arguments> otherServices() {
        return Stream.of(
                Arguments.of("SQS", (ClientCall) (settings, attempts) -> {
                    try (SqsClient sqs = AwsClients.client(SqsClient.builder(), settings, attempts)) {
                        sqs.listQueues();
                    }
                }),
                Arguments.of("AWS Batch", (ClientCall) (settings, attempts) -> {
                    try (BatchClient batch = AwsClients.client(BatchClient.builder(), settings, attempts)) {
                        batch.describeJobQueues(request -> request.jobQueues("queue"));
                    }
                }),
                Arguments.of("Lambda", (ClientCall) (settings, attempts) -> {
                    try (LambdaClient lambda = AwsClients.client(LambdaClient.builder(), settings, attempts)) {
                        lambda.invoke(request -> request.functionName("worker"));
                    }
                }));
    }

    /** Four attempts: neither the legacy mode's nor the standard mode's default, so they must be the configured. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("otherServices")
    void clientsOfOtherServicesTryAFailingRequestTheirConfiguredNumberOfTimes(String service, ClientCall call)
            throws Exception {
        try (FaultInjectingProxy proxy = FaultInjectingProxy.start(S3.server().endpoint(), 17)
                .failEveryRequestAfter(0)) {
            assertThatExceptionOfType(SdkException.class)
                    .isThrownBy(() -> call.make(S3.server().settingsAt(proxy.endpoint()), 4));
            assertThat(proxy.requests()).isEqualTo(4);
        }
    }

    @FunctionalInterface
    interface ClientCall {
        void make(AwsClients.Settings settings, int maxAttempts);
    }
}
