package org.iiifgenerator.dispatch;

import org.iiifgenerator.testsupport.S3ProxyExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The array job scenario against an in-process S3 server (s3proxy, with SigV4 checks). */
class ArrayJobTest extends ArrayJobScenario {

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.s3proxyForTheApplication();

    @BeforeAll
    static void useS3Proxy() {
        s3Service = S3.server().service();
    }
}
