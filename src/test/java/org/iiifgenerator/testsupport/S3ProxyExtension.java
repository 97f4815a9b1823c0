package org.iiifgenerator.testsupport;

import org.gaul.s3proxy.blobstore.BlobStore;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An in-process S3 (s3proxy) for a test class: {@code @RegisterExtension static final S3ProxyExtension S3 = …}.
 * Optionally its credentials are also given to the application the way AWS gives them (the SDK's default chain
 * reads the {@code aws.accessKeyId}/{@code aws.secretAccessKey} system properties), and taken back afterwards.
 */
public final class S3ProxyExtension implements BeforeAllCallback, AfterAllCallback {

    private static final String ACCESS_KEY = "aws.accessKeyId";
    private static final String SECRET_KEY = "aws.secretAccessKey";

    private final boolean credentialsForTheApplication;
    private final S3ProxyServer.Builder builder;
    private S3ProxyServer server;

    private S3ProxyExtension(boolean credentialsForTheApplication, S3ProxyServer.Builder builder) {
        this.credentialsForTheApplication = credentialsForTheApplication;
        this.builder = builder;
    }

    /** A server the tests reach through their own clients. */
    public static S3ProxyExtension s3proxy() {
        return s3proxy(S3ProxyServer.builder());
    }

    /** A server built as {@code builder} says (its credentials, its store), reached through the tests' clients. */
    public static S3ProxyExtension s3proxy(S3ProxyServer.Builder builder) {
        return new S3ProxyExtension(false, builder);
    }

    /** A server whose credentials the application finds in the SDK's default chain. */
    public static S3ProxyExtension s3proxyForTheApplication() {
        return new S3ProxyExtension(true, S3ProxyServer.builder());
    }

    /** The same, keeping its objects in {@code blobStore} (e.g. {@link StoredObjects}) instead of in memory. */
    public static S3ProxyExtension s3proxyForTheApplication(BlobStore blobStore) {
        return new S3ProxyExtension(true, S3ProxyServer.builder().blobStore(blobStore));
    }

    public S3ProxyServer server() {
        return server;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = builder.start();
        if (credentialsForTheApplication) {
            System.setProperty(ACCESS_KEY, server.accessKey());
            System.setProperty(SECRET_KEY, server.secretKey());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (credentialsForTheApplication) {
            System.clearProperty(ACCESS_KEY);
            System.clearProperty(SECRET_KEY);
        }
        server.close();
    }
}
