package org.iiifgenerator.storage;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.iiifgenerator.aws.AwsClients.Retries;
import org.iiifgenerator.aws.AwsClients.Settings;
import org.iiifgenerator.aws.AwsClients;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3BaseClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.transfer.s3.S3TransferManager;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The S3 clients a run needs, built once and closed together: a synchronous client for small calls (head, list,
 * small puts, reads), and an asynchronous multipart client driven by a transfer manager for folders and files.
 * Where S3 is, how to sign and how to retry come from {@link AwsClients}, as for the clients of the other services.
 */
public final class S3Clients implements AutoCloseable {

    private static final Duration EVENT_LOOP_SHUTDOWN = Duration.ofSeconds(10);

    private final Retries retries;
    /** Null when the settings brought their own. */
    private final DefaultCredentialsProvider ownedCredentials;
    private final S3Client sync;
    private final SdkEventLoopGroup eventLoops;
    private final S3AsyncClient async;
    private final S3TransferManager transferManager;

    public S3Clients(Settings settings) {
        Region region = AwsClients.region(settings.region());
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

    /** Each client gets a retry strategy of its own. */
    private static <B extends S3BaseClientBuilder<B, ?>> B configure(
            B builder, Settings settings, Region region, AwsCredentialsProvider credentials) {
        Retries retries = settings.retries();
        builder.region(region).credentialsProvider(credentials).forcePathStyle(settings.pathStyle())
                .overrideConfiguration(override -> override
                        .retryStrategy(AwsClients.standardRetries(retries.maxAttempts()))
                        .apiCallAttemptTimeout(retries.attemptTimeout())
                        .apiCallTimeout(retries.callTimeout()));
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return builder;
    }

}
