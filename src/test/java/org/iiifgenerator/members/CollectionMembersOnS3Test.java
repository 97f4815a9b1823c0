package org.iiifgenerator.members;

import java.util.UUID;
import org.iiifgenerator.storage.S3Storage;
import org.iiifgenerator.storage.Storage;
import org.iiifgenerator.testsupport.S3ProxyExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The collection's members in an S3 bucket, on a real S3 protocol server. */
class CollectionMembersOnS3Test extends CollectionMembersContract {

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.s3proxy();
    @Override
    Storage emptyRoot() {
        return new S3Storage(S3.server().clients(), S3.server().bucket("collections"), "iiif/" + UUID.randomUUID(),
                S3Storage.Options.NONE);
    }
}
