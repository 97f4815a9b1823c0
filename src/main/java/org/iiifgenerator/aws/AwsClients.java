package org.iiifgenerator.aws;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * How every AWS client of a run is built: where the service is (region, endpoint), how to sign, and how a failed
 * request is tried again. The S3 clients ({@code storage.S3Clients}) and the SQS, AWS Batch and Lambda clients
 * share these rules; only S3 adds its own attempt and call timeouts.
 */
public final class AwsClients {

    /** Where tasks (as the seed's did) and the AWS SDK name the region. */
    private static final String REGION_VARIABLE = "AWS_REGION";

    private AwsClients() {
    }

    /**
     * Where S3 is and how to sign.
     *
     * @param region      e.g. "eu-west-1"; null or blank: the SDK's default region chain (AWS_REGION, aws.region,
     *                    the profile, the instance metadata)
     * @param endpoint    null for AWS itself; an S3-compatible server otherwise
     * @param pathStyle   "endpoint/bucket/key" URLs instead of "bucket.endpoint/key"; needed by most local servers
     * @param credentials null for the SDK's default chain (environment, system properties, profile, IAM role)
     * @param retries     how the S3 clients try a failed request again (not the clients of other services)
     */
    public record Settings(String region, URI endpoint, boolean pathStyle, AwsCredentialsProvider credentials,
                           Retries retries) {

        public Settings {
            Objects.requireNonNull(retries, "retries");
        }

        public Settings(String region, URI endpoint, boolean pathStyle, AwsCredentialsProvider credentials) {
            this(region, endpoint, pathStyle, credentials, Retries.DEFAULT);
        }

        public Settings(String region, URI endpoint, boolean pathStyle) {
            this(region, endpoint, pathStyle, null);
        }

        public Settings withRetries(Retries retries) {
            return new Settings(region, endpoint, pathStyle, credentials, retries);
        }

        public Settings withRegion(String region) {
            return new Settings(region, endpoint, pathStyle, credentials, retries);
        }
    }

    /**
     * How a failed S3 request is tried again, in the SDK's standard retry mode: server errors (500, 503), throttling
     * (SlowDown) and connections closed or timed out are retried after an exponential backoff with half jitter
     * (between half and all of 0.1 s doubling per attempt, at most 20 s; from 1 s after throttling), up to the
     * attempts configured, every request alike: eight attempts ride out an interruption of at least 6 s. The SDK's
     * retry quota is off: it is shared by all requests of a client, and a short interruption while a hundred tiles
     * are in flight would spend it and fail the requests after it at their first or second attempt. The mode is set
     * here rather than left to AWS_RETRY_MODE, whose default (legacy) gives a request four attempts. An answer that
     * breaks off while the SDK reads it is retried too; a source image's, which the SDK hands over as a stream, by
     * {@code S3Storage.download} with as many attempts.
     *
     * @param maxAttempts    attempts of one request, the first included (at least 1)
     * @param attemptTimeout how long one attempt may take before it is abandoned and tried again: a connection that
     *                       stalls without being closed would otherwise hold it for the socket's read timeout. It
     *                       covers sending a body (at most a multipart part, 8 MiB) and reading an answer into
     *                       memory; a source image streamed to disk counts only until its body starts.
     * @param callTimeout    how long one request may take with all its attempts and the waits between them
     */
    public record Retries(int maxAttempts, Duration attemptTimeout, Duration callTimeout) {

        public static final Retries DEFAULT = new Retries(8, Duration.ofSeconds(120), Duration.ofSeconds(600));
        /**
         * The standard retry mode's backoff (0.1 s doubling, at most 20 s) with half jitter instead of full: full
         * jitter may wait next to nothing before every attempt, so that one request in forty would spend its eight
         * attempts within a 2.4 s interruption.
         */
        private static final BackoffStrategy BACKOFF = BackoffStrategy.exponentialDelayHalfJitter(
                Duration.ofMillis(100), Duration.ofSeconds(20));

        public Retries {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("S3 requests need at least 1 attempt, not " + maxAttempts);
            }
            requirePositive(attemptTimeout, "attempt timeout");
            requirePositive(callTimeout, "call timeout");
        }

        /**
         * How long to wait before trying again what the SDK cannot retry itself (a body that broke off after the
         * SDK handed it over): the clients' own wait between attempts.
         */
        public BackoffStrategy backoff() {
            return BACKOFF;
        }

        private static void requirePositive(Duration timeout, String name) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("The S3 " + name + " must be positive, not " + timeout);
            }
        }
    }

    /** An SQS client for the task queue, resolved, signed and retrying like the S3 clients. */
    public static SqsClient sqs(Settings settings, int maxAttempts) {
        return client(SqsClient.builder(), settings, maxAttempts);
    }

    /**
     * A client of another AWS service (SQS, AWS Batch, Lambda), resolved and signed like the S3 clients, and
     * retrying in the same standard mode with {@code maxAttempts} attempts. The S3 attempt and call timeouts are
     * not its own: they would cut short an SQS receive, which waits up to 20 s for a message.
     */
    public static <B extends AwsClientBuilder<B, C>, C> C client(B builder, Settings settings, int maxAttempts) {
        builder.region(region(settings.region())).credentialsProvider(settings.credentials() != null
                ? settings.credentials() : DefaultCredentialsProvider.builder().build())
                .overrideConfiguration(override -> override.retryStrategy(standardRetries(maxAttempts)));
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return builder.build();
    }

    /**
     * The standard mode with {@code maxAttempts} for every request (no retry quota, see {@link Retries}), which also
     * tries again a request whose answer broke off while the SDK was reading it: the SDK's own rules look for an
     * IOException one cause deep, and a list answer cut short fails with the IOException two deep ("Could not parse
     * XML response", from the XML reader's failure).
     */
    public static RetryStrategy standardRetries(int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("AWS requests need at least 1 attempt, not " + maxAttempts);
        }
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(maxAttempts)
                .backoffStrategy(Retries.BACKOFF)
                .circuitBreakerEnabled(false)
                .retryOnRootCauseInstanceOf(IOException.class)
                .build();
    }

    public static Region region(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Region.of(configured.strip());
        }
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (SdkClientException notFound) {
            // The user's to fix: exit code 2, as AWS Batch would only try again in vain.
            throw new UnknownRegionException(REGION_VARIABLE + " is not set, so the "
                    + "region of the buckets is unknown: give the task an AWS_REGION, or set AWS_REGION in the "
                    + "environment (aws.region in the configuration) or a region in the AWS profile");
        }
    }

    /**
     * No region is configured anywhere: a setting the user must give, refused like a bad setting (exit code 2). It
     * is not a {@code config} setting problem because the SDK's own chain is searched too, and the clients are built
     * below the configuration.
     */
    public static final class UnknownRegionException extends IllegalArgumentException {

        UnknownRegionException(String message) {
            super(message);
        }
    }
}
