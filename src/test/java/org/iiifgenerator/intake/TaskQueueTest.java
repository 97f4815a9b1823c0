package org.iiifgenerator.intake;

import org.iiifgenerator.storage.S3Clients;
import org.iiifgenerator.testsupport.ElasticMqServer;
import org.iiifgenerator.testsupport.S3ProxyExtension;
import org.iiifgenerator.testsupport.S3ProxyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Notifications from an in-process SQS (ElasticMQ), tasks and images on an in-process S3 (s3proxy). */
class TaskQueueTest extends TaskQueueScenario {

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.s3proxyForTheApplication();
    private static ElasticMqServer sqs;

    @BeforeAll
    static void startSqs() throws Exception {
        sqs = ElasticMqServer.start();
        S3ProxyServer s3 = S3.server();
        servers = new Servers(s3.clients(), s3.endpoint(), sqs.endpoint(),
                S3Clients.sqs(new S3Clients.Settings(S3ProxyServer.REGION, sqs.endpoint(), false), 3),
                S3ProxyServer.REGION);
    }

    @AfterAll
    static void stopSqs() {
        servers.sqs().close();
        sqs.close();
    }
}
