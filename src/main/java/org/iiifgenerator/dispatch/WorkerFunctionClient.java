package org.iiifgenerator.dispatch;

import java.time.Duration;
import org.iiifgenerator.aws.AwsClients;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * The Lambda client that invokes worker functions. Lambda answers a synchronous invocation only when the worker is
 * done, minutes later for a large object, so the client waits that long for the answer (the SDK's HTTP client gives
 * up after 30 s of silence and the invocation would be sent again). TCP keep-alive keeps the silent connection open
 * through NAT gateways, which drop connections idle for 350 s.
 */
public final class WorkerFunctionClient {

    private WorkerFunctionClient() {
    }

    /** @param invocationTimeout how long one invocation may go unanswered: longer than the function's timeout */
    public static LambdaClient create(AwsClients.Settings settings, int maxAttempts, Duration invocationTimeout) {
        if (invocationTimeout.isNegative() || invocationTimeout.isZero()) {
            throw new IllegalArgumentException("dispatch.lambda.invocation-timeout-seconds must be positive, not "
                    + invocationTimeout.toSeconds());
        }
        return AwsClients.client(LambdaClient.builder().httpClientBuilder(ApacheHttpClient.builder()
                .socketTimeout(invocationTimeout)
                .tcpKeepAlive(true)), settings, maxAttempts);
    }
}
