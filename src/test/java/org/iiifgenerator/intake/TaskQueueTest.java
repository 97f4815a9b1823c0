package org.iiifgenerator.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.main.MainConfigurationProperties;
import org.apache.camel.test.main.junit5.CamelMainTestSupport;
import org.iiifgenerator.app.PipelineBeans;
import org.iiifgenerator.storage.S3Clients;
import org.iiifgenerator.storage.S3Storage;
import org.iiifgenerator.testsupport.ElasticMqServer;
import org.iiifgenerator.testsupport.PublishedBucket;
import org.iiifgenerator.testsupport.S3ProxyServer;
import org.iiifgenerator.testsupport.TaskBuckets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The long-lived container receiving the task bucket's S3 event notifications from SQS (in-process ElasticMQ),
 * with S3's real notification JSON: several records in one message, URL-encoded keys, a test event.
 */
class TaskQueueTest extends CamelMainTestSupport {

    private static S3ProxyServer s3;
    private static ElasticMqServer sqs;
    private static SqsClient queueClient;
    private static String queueUrl;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startServers() throws Exception {
        s3 = S3ProxyServer.start();
        sqs = ElasticMqServer.start();
        System.setProperty("aws.accessKeyId", s3.accessKey());
        System.setProperty("aws.secretAccessKey", s3.secretKey());
        queueClient = S3Clients.sqs(new S3Clients.Settings(S3ProxyServer.REGION, sqs.endpoint(), false));
        queueUrl = queueClient.createQueue(r -> r.queueName("task-events")).queueUrl();
    }

    @AfterAll
    static void stopServers() throws Exception {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        queueClient.close();
        sqs.close();
        s3.close();
    }

    @Override
    protected void configure(MainConfigurationProperties configuration) {
        configuration.addConfiguration(PipelineBeans.class);
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.put("intake.enabled", "true");
        properties.put("tasks.queue", "task-events");
        properties.put("tasks.queue-wait-seconds", "1");
        properties.put("aws.endpoint", s3.endpoint().toString());
        properties.put("aws.sqs.endpoint", sqs.endpoint().toString());
        properties.put("aws.path-style", "true");
        properties.put("aws.region", S3ProxyServer.REGION);
        properties.put("pipeline.work-dir", dir.resolve("work").toString());
        return properties;
    }

    @Test
    void everyTaskFileOfANotificationIsProcessedAndTestEventsAreIgnored() throws Exception {
        S3Client client = s3.clients().sync();
        String tasks = s3.bucket("tasks");
        String source = s3.bucket("src");
        String destination = s3.bucket("dest");
        TaskBuckets.uploadObject(client, source, dir, Map.of("p1.jpg", 300, "p2.jpg", 310));
        TaskBuckets.put(client, tasks, "box 1.json", TaskBuckets.task(source, destination, Map.of()));
        TaskBuckets.put(client, tasks, "incoming/box+2.json", TaskBuckets.task(source, destination, Map.of()));

        queueClient.sendMessage(r -> r.queueUrl(queueUrl).messageBody("""
                {"Service":"Amazon S3","Event":"s3:TestEvent","Time":"2026-11-21T08:00:00.000Z","Bucket":"tasks"}"""));
        queueClient.sendMessage(r -> r.queueUrl(queueUrl).messageBody("""
                {"Records":[
                 {"eventName":"ObjectCreated:Put","s3":{"bucket":{"name":"tasks"},"object":{"key":"box+1.json"}}},
                 {"eventName":"ObjectCreated:Put","s3":{"bucket":{"name":"tasks"},"object":{"key":"images/p1.jpg"}}},
                 {"eventName":"ObjectCreated:Put","s3":{"bucket":{"name":"tasks"},"object":{"key":"incoming/box%2B2.json"}}}
                ]}"""));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!(TaskBuckets.exists(client, tasks, "processed/box 1.json")
                && TaskBuckets.exists(client, tasks, "processed/incoming/box+2.json"))) {
            assertThat(Instant.now()).as("both tasks of the notification processed").isBefore(deadline);
            Thread.sleep(100);
        }
        PublishedBucket.assertComplete(client, destination, TaskBuckets.ROOT,
                new S3Storage(s3.clients(), destination, TaskBuckets.ROOT, S3Storage.Options.NONE));
        assertThat(TaskBuckets.exists(client, tasks, "box 1.json")).isFalse();
    }
}
