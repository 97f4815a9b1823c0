package org.iiifgenerator.storage;

import org.iiifgenerator.testsupport.S3ProxyExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract against s3proxy, each test in a bucket of its own, under a prefix as a deployment would use. */
class S3StorageContractTest extends StorageContract {

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.s3proxy();

    @Override
    Storage emptyStorage() {
        return new S3Storage(S3.server().clients(), S3.server().newBucket(), "iiif/v1", S3Storage.Options.NONE);
    }
}
