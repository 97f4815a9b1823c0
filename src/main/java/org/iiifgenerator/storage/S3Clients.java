package org.iiifgenerator.storage;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
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

    /**
     * Where S3 is and how to sign.
     *
     * @param region      e.g. "eu-west-1"; null or blank: the SDK's default region chain (AWS_REGION, aws.region,
     *                    the profile, the instance metadata)
     * @param endpoint    null for AWS itself; an S3-compatible server otherwise
     * @param pathStyle   "endpoint/bucket/key" URLs instead of "bucket.endpoint/key"; needed by most local servers
     * @param credentials null for the SDK's default chain (environment, system properties, profile, IAM role)
     */
    public record Settings(String region, URI endpoint, boolean pathStyle, AwsCredentialsProvider credentials) {

        public Settings(String region, URI endpoint, boolean pathStyle) {
            this(region, endpoint, pathStyle, null);
        }
    }

    /** Null when the settings brought their own. */
    private final DefaultCredentialsProvider ownedCredentials;
    private final S3Client sync;
    private final SdkEventLoopGroup eventLoops;
    private final S3AsyncClient async;
    private final S3TransferManager transferManager;

    public S3Clients(Settings settings) {
        Region region = region(settings.region());
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

    /** An SQS client for the task queue, resolved and signed like the S3 clients. */
    public static SqsClient sqs(Settings settings) {
        return client(SqsClient.builder(), settings);
    }

    /** A client of another AWS service (SQS, AWS Batch, Lambda), resolved and signed like the S3 clients. */
    public static <B extends AwsClientBuilder<B, C>, C> C client(B builder, Settings settings) {
        builder.region(region(settings.region())).credentialsProvider(settings.credentials() != null
                ? settings.credentials() : DefaultCredentialsProvider.builder().build());
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return builder.build();
    }

    private static <B extends S3BaseClientBuilder<B, ?>> B configure(
            B builder, Settings settings, Region region, AwsCredentialsProvider credentials) {
        builder.region(region).credentialsProvider(credentials).forcePathStyle(settings.pathStyle());
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return builder;
    }

    private static Region region(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Region.of(configured.strip());
        }
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (SdkClientException notFound) {
            throw new IllegalArgumentException("No AWS region: configure one (aws.region), or set AWS_REGION (or the "
                    + "aws.region system property, or a region in the AWS profile)", notFound);
        }
    }
}
