package org.iiifgenerator.dispatch;

import java.util.Map;
import org.iiifgenerator.aws.AwsClients;
import org.iiifgenerator.storage.S3Clients;
import org.iiifgenerator.testsupport.S3ProxyServer;
import org.iiifgenerator.testsupport.S3Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.containers.localstack.LocalStackContainer.Service;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The array job scenario against LocalStack's S3; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackArrayJobTest extends ArrayJobScenario {

    private static LocalStackContainer localStack;
    private static S3Clients clients;

    @BeforeAll
    static void startLocalStack() {
        localStack = new LocalStackContainer(DockerImageName.parse("localstack/localstack:3.8"))
                .withServices(Service.S3);
        localStack.start();
        clients = new S3Clients(new AwsClients.Settings(localStack.getRegion(), localStack.getEndpoint(), true,
                StaticCredentialsProvider.create(AwsBasicCredentials.create(localStack.getAccessKey(),
                        localStack.getSecretKey()))));
        s3Service = new S3Service(clients, Map.of("AWS_ENDPOINT", localStack.getEndpoint().toString(),
                "AWS_PATH_STYLE", "true", "AWS_REGION", localStack.getRegion(),
                "AWS_ACCESS_KEY_ID", localStack.getAccessKey(), "AWS_SECRET_ACCESS_KEY", localStack.getSecretKey(),
                "IIIF_RECORDS", "s3://" + S3ProxyServer.RECORDS_BUCKET + "/records"));
        s3Service.bucket(S3ProxyServer.RECORDS_BUCKET);
    }

    @AfterAll
    static void stopLocalStack() {
        clients.close();
        localStack.stop();
    }
}
