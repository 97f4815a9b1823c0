package org.iiifgenerator.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Properties;
import org.iiifgenerator.aws.AwsClients;
import org.iiifgenerator.testsupport.Await;
import org.iiifgenerator.testsupport.ElasticMqServer;
import org.iiifgenerator.testsupport.FailingReads;
import org.iiifgenerator.testsupport.LogCapture;
import org.iiifgenerator.testsupport.S3ProxyExtension;
import org.iiifgenerator.testsupport.S3ProxyServer;
import org.iiifgenerator.testsupport.TaskBuckets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Notifications from an in-process SQS (ElasticMQ), tasks and images on an in-process S3 (s3proxy); and a task
 * whose source S3 never serves, tried at each delivery of its message until its last try.
 */
class TaskQueueTest extends TaskQueueScenario {

    private static final FailingReads READS = new FailingReads();
    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.s3proxyForTheApplication(READS);
    private static final int MAX_TRIES = 2;
    private static final int S3_ATTEMPTS = 8;
    private static final int VISIBILITY_SECONDS = 2;
    private static ElasticMqServer sqs;

    @BeforeAll
    static void startSqs() throws Exception {
        sqs = ElasticMqServer.start();
        S3ProxyServer s3 = S3.server();
        servers = new Servers(s3.clients(), s3.endpoint(), sqs.endpoint(),
                AwsClients.sqs(new AwsClients.Settings(S3ProxyServer.REGION, sqs.endpoint(), false), 3),
                S3ProxyServer.REGION);
    }

    @AfterAll
    static void stopSqs() {
        servers.sqs().close();
        sqs.close();
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = super.useOverridePropertiesWithPropertiesComponent();
        // A message whose task stays pending comes back a few seconds later, not five minutes.
        properties.put("tasks.queue-visibility-seconds", String.valueOf(VISIBILITY_SECONDS));
        properties.put("tasks.max-tries", String.valueOf(MAX_TRIES));
        properties.put("aws.s3.max-attempts", String.valueOf(S3_ATTEMPTS));
        return properties;
    }

    @Test
    void aTaskWhoseSourceS3NeverServesIsGivenUpAtTheLastDeliveryOfItsMessage() throws Exception {
        S3Client client = servers.s3().sync();
        String tasks = S3.server().bucket("poison-tasks");
        String source = S3.server().bucket("poison-src");
        String destination = S3.server().bucket("poison-dest");
        String queueUrl = servers.sqs().createQueue(r -> r.queueName("task-events")).queueUrl();
        TaskBuckets.uploadObject(client, source, dir, Map.of("p1.jpg", 300, "p2.jpg", 310));
        String page = TaskBuckets.ACCESS_DIR + "/p2.jpg";
        READS.failGets(source, page, Integer.MAX_VALUE);
        TaskBuckets.put(client, tasks, "poison.json", TaskBuckets.task(source, destination, Map.of()));

        try (LogCapture log = LogCapture.everything()) {
            servers.sqs().sendMessage(r -> r.queueUrl(queueUrl).messageBody("""
                    {"Records":[{"eventName":"ObjectCreated:Put",
                      "s3":{"bucket":{"name":"poison-tasks"},"object":{"key":"poison.json","eTag":"0123abcd"}}}]}"""));
            Await.until(() -> TaskBuckets.exists(client, tasks, "failed/poison.json.outcome.json"),
                    "poison.json given up");

            // The try that left the task pending is one line; the consumer does not report it again.
            assertThat(log.lines()).as("log").filteredOn(line -> line.contains("stays for a later try"))
                    .singleElement().asString().contains("Task s3://poison-tasks/poison.json stays for a later try "
                            + "(try 1 of " + MAX_TRIES + "): S3 did not serve");
            assertThat(log.withStackTrace()).as("log lines with a stack trace").isEmpty();
        }

        assertThat(READS.gets(source, page)).as("a try at each of %d deliveries, each asking S3 for the page %d times",
                MAX_TRIES, S3_ATTEMPTS).isEqualTo(MAX_TRIES * S3_ATTEMPTS);
        String error = new ObjectMapper().readTree(TaskBuckets.read(client, tasks, "failed/poison.json.outcome.json"))
                .path("error").asText();
        assertThat(error).contains("Given up after " + MAX_TRIES + " tries", source + "/" + page,
                "Put the task file again to retry");
        // Given up, the task is done with: its message is deleted, not delivered again.
        Thread.sleep(VISIBILITY_SECONDS * 2000L);
        assertThat(servers.sqs().getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes())
                .containsEntry(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "0")
                .containsEntry(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE, "0");
        assertThat(READS.gets(source, page)).as("no try after the last").isEqualTo(MAX_TRIES * S3_ATTEMPTS);
    }
}
