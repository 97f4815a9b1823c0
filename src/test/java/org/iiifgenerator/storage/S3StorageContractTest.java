package org.iiifgenerator.storage;

import org.iiifgenerator.testsupport.S3ProxyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The contract against s3proxy, each test in a bucket of its own, under a prefix as a deployment would use. */
class S3StorageContractTest extends StorageContract {

    private static S3ProxyServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = S3ProxyServer.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Override
    Storage emptyStorage() {
        return new S3Storage(server.clients(), server.newBucket(), "iiif/v1", S3Storage.Options.NONE);
    }
}
