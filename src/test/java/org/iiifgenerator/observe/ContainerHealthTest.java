package org.iiifgenerator.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.iiifgenerator.aws.AwsClients;
import org.iiifgenerator.testsupport.ChildProcess;
import org.iiifgenerator.testsupport.ElasticMqServer;
import org.iiifgenerator.testsupport.FaultInjectingProxy;
import org.iiifgenerator.testsupport.FreePort;
import org.iiifgenerator.testsupport.ObserveEndpoints;
import org.iiifgenerator.testsupport.S3ProxyServer;
import org.iiifgenerator.testsupport.TaskBuckets;
import org.iiifgenerator.testsupport.TaskContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The long-lived container started while S3 is unreachable: it starts and is alive, says it is not ready and
 * why, and once S3 is back becomes ready by itself and processes the task waiting for it. Its metrics are then
 * scraped as Prometheus scrapes them. A task that runs for minutes does not keep it out of service: it is ready as
 * soon as S3 answers (or, with a task queue, SQS), while the task goes on.
 */
class ContainerHealthTest {

    private static final String ACCESS_KEY = "test-" + UUID.randomUUID();
    private static final String SECRET_KEY = UUID.randomUUID().toString();

    @TempDir
    Path dir;

    @Test
    void isNotReadyWhileS3IsUnreachableAndRecoversWhenItIsBack() throws Exception {
        int s3Port = FreePort.find();
        ObserveEndpoints endpoints = new ObserveEndpoints(FreePort.find());

        try (ChildProcess container = ChildProcess.start(environment(s3Port, endpoints), "run")) {
            container.awaitWhileRunning(() -> endpoints.live().status() == 200, "the container alive");
            ObserveEndpoints.Answer notReady = endpoints.ready();
            assertThat(notReady.status()).as(notReady.body()).isEqualTo(503);
            assertThat(notReady.body()).contains("task-bucket").contains("DOWN");

            try (S3ProxyServer s3 = S3ProxyServer.builder().port(s3Port).credentials(ACCESS_KEY, SECRET_KEY).start()) {
                S3Client client = s3.clients().sync();
                s3.bucket("tasks");
                String source = s3.bucket("source");
                TaskBuckets.uploadObject(client, source, dir, Map.of("p1.jpg", 300, "p2.jpg", 310));
                TaskBuckets.put(client, "tasks", "box1.json", TaskBuckets.task(source, s3.bucket("dest"), Map.of()));

                container.awaitWhileRunning(() -> endpoints.ready().status() == 200, "ready once S3 is back");
                container.awaitWhileRunning(() -> TaskBuckets.exists(client, "tasks", "processed/box1.json"),
                        "the waiting task processed");
                assertThat(endpoints.ready().body()).contains("UP");
                // The task is counted by a wire tap, just after its file moved.
                container.awaitWhileRunning(() -> endpoints.metrics().body().contains("iiif_tasks_total{"),
                        "the finished task counted");
                assertMetricsOfTheTask(endpoints.metrics());
            }
        }
    }

    /**
     * The network to S3 is down when the container starts, and the task is already waiting in the bucket when it
     * comes back. The task's objects are looked up in a catalogue that takes three minutes to answer (a user route
     * of steps.extra-metadata). The polls that failed meanwhile do not keep the container out of service for those
     * minutes: it is ready within seconds of S3 answering, while the task still runs.
     */
    @Test
    void isReadyAsSoonAsS3AnswersWhileALongTaskRuns() throws Exception {
        ObserveEndpoints endpoints = new ObserveEndpoints(FreePort.find());
        Path lookupStarted = dir.resolve("lookup-started");
        try (S3ProxyServer s3 = S3ProxyServer.builder().credentials(ACCESS_KEY, SECRET_KEY).start();
             FaultInjectingProxy network = FaultInjectingProxy.start(s3.endpoint(), 1).failEveryRequestAfter(0)) {
            S3Client client = s3.clients().sync();
            s3.bucket("tasks");
            String source = s3.bucket("source");
            TaskBuckets.uploadObject(client, source, dir, Map.of("p1.jpg", 300));
            TaskBuckets.put(client, "tasks", "box1.json", TaskBuckets.task(source, s3.bucket("dest"), Map.of()));
            Map<String, String> environment = environment(network.endpoint(), endpoints);
            put(environment, "routes.dir", slowCatalogue(lookupStarted).toString());
            put(environment, "steps.extra-metadata", "direct:slow-catalogue");

            try (ChildProcess container = ChildProcess.start(environment, "run")) {
                container.awaitWhileRunning(() -> endpoints.ready().body().contains("Consumer failed polling"),
                        "polls of the task bucket failing while S3 is away");

                network.recover();
                long s3Answers = System.nanoTime();
                container.awaitWhileRunning(() -> Files.exists(lookupStarted), "the task running its catalogue step");
                container.awaitWhileRunning(() -> endpoints.ready().status() == 200, "ready while the task runs");
                Duration readyAfter = Duration.ofNanos(System.nanoTime() - s3Answers);

                System.out.printf("Ready %d ms after S3 answered again, while the task ran%n", readyAfter.toMillis());
                assertThat(readyAfter).isLessThan(Duration.ofSeconds(30));
                assertThat(TaskBuckets.exists(client, "tasks", "box1.json")).as("the task still pending").isTrue();
                assertThat(TaskBuckets.exists(client, "tasks", "processed/box1.json")).isFalse();
                assertThat(endpoints.ready().body()).contains("UP").doesNotContain("DOWN");
            }
        }
    }

    /**
     * As ECS runs it with a queue: the task's notification waits in SQS, which cannot be reached when the container
     * starts. Once SQS answers the task is received and runs for minutes (the slow catalogue); the container is ready
     * within seconds of SQS answering, while the task still runs in the consumer that received its message.
     */
    @Test
    void isReadyAsSoonAsSqsAnswersWhileALongTaskOfTheQueueRuns() throws Exception {
        ObserveEndpoints endpoints = new ObserveEndpoints(FreePort.find());
        Path lookupStarted = dir.resolve("lookup-started");
        try (S3ProxyServer s3 = S3ProxyServer.builder().credentials(ACCESS_KEY, SECRET_KEY).start();
             ElasticMqServer sqs = ElasticMqServer.start();
             FaultInjectingProxy network = FaultInjectingProxy.start(sqs.endpoint(), 1).failEveryRequestAfter(0);
             SqsClient queue = AwsClients.sqs(new AwsClients.Settings(S3ProxyServer.REGION, sqs.endpoint(), false,
                     StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY))), 3)) {
            S3Client client = s3.clients().sync();
            s3.bucket("tasks");
            String source = s3.bucket("source");
            TaskBuckets.uploadObject(client, source, dir, Map.of("p1.jpg", 300));
            TaskBuckets.put(client, "tasks", "box1.json", TaskBuckets.task(source, s3.bucket("dest"), Map.of()));
            String queueUrl = queue.createQueue(request -> request.queueName("task-events")).queueUrl();
            queue.sendMessage(request -> request.queueUrl(queueUrl).messageBody("""
                    {"Records":[{"eventName":"ObjectCreated:Put",
                      "s3":{"bucket":{"name":"tasks"},"object":{"key":"box1.json"}}}]}"""));
            Map<String, String> environment = environment(s3.endpoint(), endpoints);
            put(environment, "tasks.queue", "arn:aws:sqs:" + S3ProxyServer.REGION + ":000000000000:task-events");
            put(environment, "tasks.queue-wait-seconds", "1");
            put(environment, "aws.sqs.endpoint", network.endpoint().toString());
            put(environment, "aws.sqs.max-attempts", "2");
            put(environment, "routes.dir", slowCatalogue(lookupStarted).toString());
            put(environment, "steps.extra-metadata", "direct:slow-catalogue");

            try (ChildProcess container = ChildProcess.start(environment, "run")) {
                container.awaitWhileRunning(() -> network.faultCount() >= 3, "SQS asked while it is away");
                ObserveEndpoints.Answer notReady = endpoints.ready();
                assertThat(notReady.status()).as(notReady.body()).isEqualTo(503);
                assertThat(notReady.body()).contains("task-queue").contains("does not answer");

                network.recover();
                long sqsAnswers = System.nanoTime();
                container.awaitWhileRunning(() -> Files.exists(lookupStarted), "the task running its catalogue step");
                container.awaitWhileRunning(() -> endpoints.ready().status() == 200, "ready while the task runs");
                Duration readyAfter = Duration.ofNanos(System.nanoTime() - sqsAnswers);

                System.out.printf("Ready %d ms after SQS answered again, while the task ran%n", readyAfter.toMillis());
                assertThat(readyAfter).isLessThan(Duration.ofSeconds(30));
                assertThat(TaskBuckets.exists(client, "tasks", "box1.json")).as("the task still pending").isTrue();
                assertThat(TaskBuckets.exists(client, "tasks", "processed/box1.json")).isFalse();
                assertThat(endpoints.ready().body()).contains("UP").doesNotContain("DOWN");
            }
        }
    }

    /** A user route that marks when it starts, then takes three minutes to answer with no extra metadata. */
    private Path slowCatalogue(Path started) throws Exception {
        Path routes = Files.createDirectories(dir.resolve("routes"));
        Files.writeString(routes.resolve("slow-catalogue.camel.yaml"), """
                - route:
                    id: slow-catalogue
                    from:
                      uri: direct:slow-catalogue
                      steps:
                        - setBody:
                            constant: "started"
                        - to: "file:%s?fileName=%s"
                        - delay:
                            constant: "180000"
                        - setBody:
                            constant: "{}"
                """.formatted(started.getParent(), started.getFileName()));
        return routes;
    }

    /** Prometheus text: what the task did, stage durations by route, and how much work is waiting. */
    private static void assertMetricsOfTheTask(ObserveEndpoints.Answer metrics) {
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.contentType()).startsWith("text/plain");
        assertThat(metrics.body()).as(metrics.body())
                .containsPattern("iiif_images_total\\{[^}]*status=\"tiled\"} 2.0")
                .containsPattern("iiif_tasks_total\\{[^}]*status=\"succeeded\"} 1.0")
                .containsPattern("iiif_manifests_published_total\\{[^}]*} 1.0")
                .containsPattern("iiif_tiles_total\\{[^}]*} [1-9]")
                .containsPattern("iiif_bytes_published_total\\{[^}]*} [1-9]")
                .contains("iiif_tasks_waiting 0.0")
                .contains("iiif_images_waiting 0.0")
                .containsPattern("camel_route_policy_seconds_count\\{[^}]*routeId=\"tile-image\"} 2");
    }

    /** As ECS configures the container, with S3 expected on {@code s3Port} where nothing listens yet. */
    private Map<String, String> environment(int s3Port, ObserveEndpoints endpoints) {
        return environment(URI.create("http://127.0.0.1:" + s3Port), endpoints);
    }

    /** As ECS configures the container, with S3 at {@code s3}. */
    private Map<String, String> environment(URI s3, ObserveEndpoints endpoints) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "AWS_ENDPOINT", s3.toString(), "AWS_PATH_STYLE", "true",
                "AWS_REGION", S3ProxyServer.REGION, "AWS_ACCESS_KEY_ID", ACCESS_KEY,
                "AWS_SECRET_ACCESS_KEY", SECRET_KEY));
        put(environment, "tasks.bucket", "tasks");
        put(environment, "tasks.poll-delay-ms", "200");
        put(environment, "pipeline.work-dir", dir.resolve("work").toString());
        put(environment, "health.heartbeat-file", dir.resolve("heartbeat").toString());
        put(environment, "observe.port", String.valueOf(endpoints.port()));
        put(environment, "observe.host", "127.0.0.1");
        put(environment, "observe.s3-timeout-seconds", "2");
        // Refused connections are retried quickly: the point here is the container's state, not the SDK's patience.
        put(environment, "aws.s3.max-attempts", "2");
        return environment;
    }

    private static void put(Map<String, String> environment, String key, String value) {
        environment.put(TaskContainer.variableOf(key), value);
    }
}
