package org.iiifgenerator.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.iiifgenerator.storage.S3Clients;
import org.iiifgenerator.storage.S3Storage;
import org.iiifgenerator.testsupport.ApplicationRoutesTestSupport;
import org.iiifgenerator.testsupport.Await;
import org.iiifgenerator.testsupport.PublishedBucket;
import org.iiifgenerator.testsupport.TaskBuckets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The long-lived container receiving the task bucket's S3 event notifications from SQS, with S3's real
 * notification JSON: several records in one message, URL-encoded keys, a test event. Subclasses provide the
 * S3 and SQS servers (in-process, or LocalStack) by setting {@link #servers} before the context starts.
 */
abstract class TaskQueueScenario extends ApplicationRoutesTestSupport {

    /** What the servers are and how to reach them. */
    record Servers(S3Clients s3, URI s3Endpoint, URI sqsEndpoint, SqsClient sqs, String region) {
    }

    static Servers servers;

    // Static: Camel's test support reads the override properties while constructing the test instance.
    @TempDir
    static Path dir;

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = intakeProperties(servers.s3Endpoint(), servers.region(), dir.resolve("work"));
        properties.put("tasks.queue", "task-events");
        properties.put("tasks.queue-wait-seconds", "1");
        properties.put("aws.sqs.endpoint", servers.sqsEndpoint().toString());
        return properties;
    }

    @Test
    void everyTaskFileOfANotificationIsProcessedAndTestEventsAreIgnored() throws Exception {
        S3Client client = servers.s3().sync();
        for (String bucket : new String[] {"tasks", "src", "dest"}) {
            client.createBucket(r -> r.bucket(bucket));
        }
        String queueUrl = servers.sqs().createQueue(r -> r.queueName("task-events")).queueUrl();
        TaskBuckets.uploadObject(client, "src", dir, Map.of("p1.jpg", 300, "p2.jpg", 310));
        TaskBuckets.put(client, "tasks", "box 1.json", TaskBuckets.task("src", "dest", Map.of()));
        TaskBuckets.put(client, "tasks", "incoming/box+2.json", TaskBuckets.task("src", "dest", Map.of()));

        servers.sqs().sendMessage(r -> r.queueUrl(queueUrl).messageBody("""
                {"Service":"Amazon S3","Event":"s3:TestEvent","Time":"2026-11-21T08:00:00.000Z","Bucket":"tasks"}"""));
        String notification = """
                {"Records":[
                 {"eventName":"ObjectCreated:Put","s3":{"bucket":{"name":"tasks"},"object":{"key":"box+1.json"}}},
                 {"eventName":"ObjectCreated:Put","s3":{"bucket":{"name":"tasks"},"object":{"key":"images/p1.jpg"}}},
                 {"eventName":"ObjectCreated:Put","s3":{"bucket":{"name":"tasks"},"object":{"key":"incoming/box%2B2.json"}}}
                ]}""";
        servers.sqs().sendMessage(r -> r.queueUrl(queueUrl).messageBody(notification));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!(TaskBuckets.exists(client, "tasks", "processed/box 1.json")
                && TaskBuckets.exists(client, "tasks", "processed/incoming/box+2.json"))) {
            assertThat(Instant.now()).as("both tasks of the notification processed").isBefore(deadline);
            Thread.sleep(100);
        }
        PublishedBucket.assertComplete(client, "dest", TaskBuckets.ROOT,
                new S3Storage(servers.s3(), "dest", TaskBuckets.ROOT, S3Storage.Options.NONE));
        assertThat(TaskBuckets.exists(client, "tasks", "box 1.json")).isFalse();

        // SQS delivers at least once: the same notification again names task files that have moved on.
        servers.sqs().sendMessage(r -> r.queueUrl(queueUrl).messageBody(notification));
        Await.until(() -> queueIsEmpty(queueUrl), "the repeated notification taken and deleted");
        assertThat(TaskBuckets.keys(client, "tasks")).as("finished tasks are not run or failed again")
                .noneMatch(key -> key.startsWith("failed/"));
    }

    private boolean queueIsEmpty(String queueUrl) {
        Map<QueueAttributeName, String> attributes = servers.sqs().getQueueAttributes(r -> r.queueUrl(queueUrl)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return attributes.values().stream().allMatch("0"::equals);
    }
}
