package org.iiifgenerator.testsupport;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.iiifgenerator.aws.AwsClients;
import org.iiifgenerator.storage.S3Clients;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * An S3 server inside the test JVM: s3proxy on a free loopback port, objects in memory, requests checked against
 * SigV4 signatures as AWS would, so a client that signs wrongly fails here too. Start one per test class
 * ({@code @BeforeAll}/{@code @AfterAll}) and give each test its own bucket.
 */
public final class S3ProxyServer implements AutoCloseable {

    public static final String REGION = "us-east-1";
    /**
     * The bucket the application keeps its run records in when a test points it at this server, as the
     * CloudFormation stack points it at the task bucket (IIIF_RECORDS).
     */
    public static final String RECORDS_BUCKET = "run-records";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

    private final S3Proxy proxy;
    private final BlobStore blobStore;
    private final String accessKey;
    private final String secretKey;
    private final URI endpoint;
    private final S3Clients clients;
    private final Set<String> buckets = ConcurrentHashMap.newKeySet();

    private S3ProxyServer(Builder builder) throws Exception {
        blobStore = builder.blobStore;
        accessKey = builder.accessKey;
        secretKey = builder.secretKey;
        S3Proxy.Builder proxyBuilder = S3Proxy.builder()
                .blobStore(blobStore)
                .endpoint(URI.create("http://127.0.0.1:" + builder.port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                // The default waits up to 30 s for open connections to finish; the clients are closed first anyway.
                .stopTimeout(0);
        if (builder.maxSinglePartObjectSize > 0) {
            proxyBuilder.maxSinglePartObjectSize(builder.maxSinglePartObjectSize);
        }
        proxy = proxyBuilder.build();
        proxy.start();
        try {
            awaitStarted();
        } catch (RuntimeException | InterruptedException e) {
            proxy.stop();
            throw e;
        }
        endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
        clients = new S3Clients(settingsAt(endpoint));
    }

    /** In memory, default limits. */
    public static S3ProxyServer start() throws Exception {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    public URI endpoint() {
        return endpoint;
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    /** Clients signed with this server's credentials; closed with the server. */
    public S3Clients clients() {
        return clients;
    }

    /** Path-style settings for this server with the given credentials (null: the SDK's default chain). */
    public AwsClients.Settings settings(AwsCredentialsProvider credentials) {
        return new AwsClients.Settings(REGION, endpoint, true, credentials);
    }

    /** Path-style settings with this server's credentials for clients that reach it through {@code endpoint}. */
    public AwsClients.Settings settingsAt(URI endpoint) {
        return new AwsClients.Settings(REGION, endpoint, true, StaticCredentialsProvider.create(
                AwsBasicCredentials.create(accessKey, secretKey)));
    }

    /** The environment variables that point a child process of the application at this server. */
    public Map<String, String> applicationEnvironment() {
        return Map.of("AWS_ENDPOINT", endpoint.toString(), "AWS_PATH_STYLE", "true", "AWS_REGION", REGION,
                "AWS_ACCESS_KEY_ID", accessKey, "AWS_SECRET_ACCESS_KEY", secretKey, "IIIF_RECORDS", recordsPlace());
    }

    /** Where the application keeps run records on this server ({@code iiif.records}); its bucket is made. */
    public String recordsPlace() {
        return "s3://" + bucket(RECORDS_BUCKET) + "/records";
    }

    /** This server for scenarios that also run against other S3 servers. */
    public S3Service service() {
        return new S3Service(clients, applicationEnvironment());
    }

    /** Creates the bucket the first time it is asked for. */
    public String bucket(String name) {
        if (buckets.add(name)) {
            clients.sync().createBucket(request -> request.bucket(name));
        }
        return name;
    }

    /** A bucket no test has used yet. */
    public String newBucket() {
        return bucket("test-" + UUID.randomUUID());
    }

    @Override
    public void close() throws Exception {
        try {
            clients.close();
        } finally {
            proxy.stop();
            blobStore.close();
        }
    }

    private void awaitStarted() throws InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!"STARTED".equals(proxy.getState())) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("s3proxy did not start within " + START_TIMEOUT + ": " + proxy.getState());
            }
            Thread.sleep(10);
        }
    }

    public static final class Builder {

        private BlobStore blobStore = new TransientNio2BlobStore();
        private long maxSinglePartObjectSize;
        private int port;
        private String accessKey = "test-" + UUID.randomUUID();
        private String secretKey = UUID.randomUUID().toString();

        private Builder() {
        }

        /** The only credentials accepted, instead of random ones: for a test that looks for them in its output. */
        public Builder credentials(String accessKey, String secretKey) {
            this.accessKey = accessKey;
            this.secretKey = secretKey;
            return this;
        }

        /** Another store than a fresh in-memory one, e.g. one that records what it receives. */
        public Builder blobStore(BlobStore blobStore) {
            this.blobStore = blobStore;
            return this;
        }

        /** Larger single PUTs are refused with EntityTooLarge, as AWS refuses those above 5 GB. */
        public Builder maxSinglePartObjectSize(long bytes) {
            this.maxSinglePartObjectSize = bytes;
            return this;
        }

        /** Listening on this port rather than any free one: for S3 that comes back where a client expects it. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public S3ProxyServer start() throws Exception {
            return new S3ProxyServer(this);
        }
    }
}
