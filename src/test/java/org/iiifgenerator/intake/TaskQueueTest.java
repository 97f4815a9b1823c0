package org.iiifgenerator.intake;

import org.iiifgenerator.storage.S3Clients;
import org.iiifgenerator.testsupport.ElasticMqServer;
import org.iiifgenerator.testsupport.S3ProxyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Notifications from an in-process SQS (ElasticMQ), tasks and images on an in-process S3 (s3proxy). */
class TaskQueueTest extends TaskQueueScenario {

    private static S3ProxyServer s3;
    private static ElasticMqServer sqs;

    @BeforeAll
    static void startServers() throws Exception {
        s3 = S3ProxyServer.start();
        sqs = ElasticMqServer.start();
        // The application's clients take their credentials from the SDK's default chain, as in AWS.
        System.setProperty("aws.accessKeyId", s3.accessKey());
        System.setProperty("aws.secretAccessKey", s3.secretKey());
        servers = new Servers(s3.clients(), s3.endpoint(), sqs.endpoint(),
                S3Clients.sqs(new S3Clients.Settings(S3ProxyServer.REGION, sqs.endpoint(), false)),
                S3ProxyServer.REGION);
    }

    @AfterAll
    static void stopServers() throws Exception {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        servers.sqs().close();
        sqs.close();
        s3.close();
    }
}
