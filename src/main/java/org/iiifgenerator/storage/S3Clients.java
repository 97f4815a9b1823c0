package org.iiifgenerator.storage;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3BaseClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.transfer.s3.S3TransferManager;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The S3 clients a run needs, built once and closed together: a synchronous client for small calls (head, list,
 * small puts, reads), and an asynchronous multipart client driven by a transfer manager for folders and files.
 */
public final class S3Clients implements AutoCloseable {

    private static final Duration EVENT_LOOP_SHUTDOWN = Duration.ofSeconds(10);
    /** Where tasks (as the seed's did) and the AWS SDK name the region. */
    private static final String REGION_VARIABLE = "AWS_REGION";

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
     * {@link S3Storage#download} with as many attempts.
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

    private final Retries retries;
    /** Null when the settings brought their own. */
    private final DefaultCredentialsProvider ownedCredentials;
    private final S3Client sync;
    private final SdkEventLoopGroup eventLoops;
    private final S3AsyncClient async;
    private final S3TransferManager transferManager;

    public S3Clients(Settings settings) {
        Region region = region(settings.region());
        retries = settings.retries();
        // The SDK does not close a provider it was given, so one created here is closed here.
        ownedCredentials = settings.credentials() == null ? DefaultCredentialsProvider.builder().build() : null;
        AwsCredentialsProvider credentials = settings.credentials() == null ? ownedCredentials : settings.credentials();
        sync = configure(S3Client.builder(), settings, region, credentials).build();
        eventLoops = SdkEventLoopGroup.builder().build();
        async = configure(S3AsyncClient.builder(), settings, region, credentials)
                .httpClientBuilder(NettyNioAsyncHttpClient.builder().eventLoopGroup(eventLoops))
                .multipartEnabled(true)
                .build();
        transferManager = S3TransferManager.builder().s3Client(async).build();
    }

    public S3Client sync() {
        return sync;
    }

    public S3AsyncClient async() {
        return async;
    }

    public S3TransferManager transferManager() {
        return transferManager;
    }

    public Retries retries() {
        return retries;
    }

    /**
     * The transfer manager first, as it uses the asynchronous client. The event loops are ours because the client
     * would stop its own with Netty's default grace, two idle seconds added to every run; nothing is in flight by
     * now, so they stop at once.
     */
    @Override
    public void close() {
        Stream.<SdkAutoCloseable>of(transferManager, async, sync, ownedCredentials).filter(Objects::nonNull)
                .forEach(SdkAutoCloseable::close);
        eventLoops.eventLoopGroup().shutdownGracefully(0, EVENT_LOOP_SHUTDOWN.toSeconds(), TimeUnit.SECONDS)
                .syncUninterruptibly();
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

    /** Each client gets a retry strategy of its own. */
    private static <B extends S3BaseClientBuilder<B, ?>> B configure(
            B builder, Settings settings, Region region, AwsCredentialsProvider credentials) {
        Retries retries = settings.retries();
        builder.region(region).credentialsProvider(credentials).forcePathStyle(settings.pathStyle())
                .overrideConfiguration(override -> override
                        .retryStrategy(standardRetries(retries.maxAttempts()))
                        .apiCallAttemptTimeout(retries.attemptTimeout())
                        .apiCallTimeout(retries.callTimeout()));
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return builder;
    }

    /**
     * The standard mode with {@code maxAttempts} for every request (no retry quota, see {@link Retries}), which also
     * tries again a request whose answer broke off while the SDK was reading it: the SDK's own rules look for an
     * IOException one cause deep, and a list answer cut short fails with the IOException two deep ("Could not parse
     * XML response", from the XML reader's failure).
     */
    private static RetryStrategy standardRetries(int maxAttempts) {
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

    private static Region region(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Region.of(configured.strip());
        }
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (SdkClientException notFound) {
            // The user's to fix: exit code 2, as AWS Batch would only try again in vain.
            throw org.iiifgenerator.config.Settings.SettingException.named(REGION_VARIABLE, "is not set, so the "
                    + "region of the buckets is unknown: give the task an AWS_REGION, or set AWS_REGION in the "
                    + "environment (aws.region in the configuration) or a region in the AWS profile");
        }
    }
}
