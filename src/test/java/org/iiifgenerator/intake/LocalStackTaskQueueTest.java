package org.iiifgenerator.intake;

import java.net.URI;
import org.iiifgenerator.aws.AwsClients;
import org.iiifgenerator.storage.S3Clients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.containers.localstack.LocalStackContainer.Service;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The same scenario against LocalStack's S3 and SQS; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackTaskQueueTest extends TaskQueueScenario {

    private static LocalStackContainer localStack;
    private static S3Clients clients;

    @BeforeAll
    static void startLocalStack() {
        localStack = new LocalStackContainer(DockerImageName.parse("localstack/localstack:3.8"))
                .withServices(Service.S3, Service.SQS);
        localStack.start();
        System.setProperty("aws.accessKeyId", localStack.getAccessKey());
        System.setProperty("aws.secretAccessKey", localStack.getSecretKey());
        URI endpoint = localStack.getEndpoint();
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(localStack.getAccessKey(), localStack.getSecretKey()));
        clients = new S3Clients(new AwsClients.Settings(localStack.getRegion(), endpoint, true, credentials));
        servers = new Servers(clients, endpoint, endpoint,
                AwsClients.sqs(new AwsClients.Settings(localStack.getRegion(), endpoint, false, credentials), 3),
                localStack.getRegion());
    }

    @AfterAll
    static void stopLocalStack() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        servers.sqs().close();
        clients.close();
        localStack.stop();
    }
}
