package org.iiifgenerator.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.iiifgenerator.app.WorkerHandler;
import org.iiifgenerator.storage.S3Storage;
import org.iiifgenerator.testsupport.ApplicationRoutesTestSupport;
import org.iiifgenerator.testsupport.Await;
import org.iiifgenerator.testsupport.PresentationSchema;
import org.iiifgenerator.testsupport.RecordingHttpEndpoint;
import org.iiifgenerator.testsupport.RecordingHttpEndpoint.Answer;
import org.iiifgenerator.testsupport.RecordingHttpEndpoint.Request;
import org.iiifgenerator.testsupport.RunRecords;
import org.iiifgenerator.testsupport.RunReports;
import org.iiifgenerator.testsupport.S3ProxyExtension;
import org.iiifgenerator.testsupport.S3ProxyServer;
import org.iiifgenerator.testsupport.SampleBox;
import org.iiifgenerator.testsupport.TaskBuckets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * dispatch=lambda end to end: the long-lived container invokes the worker function per object through
 * camel-aws2-lambda; a loopback Lambda endpoint runs the real worker handler in-process (tiling to S3 on s3proxy)
 * and answers as Lambda does, function errors and throttling included.
 */
class LambdaFanOutTest extends ApplicationRoutesTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FUNCTION = "iiif-worker";
    private static final String INVOCATIONS = "/2015-03-31/functions/" + FUNCTION + "/invocations";
    /** How the function fails for "destination/object": a number of function errors first, or always. */
    private static final Map<String, Integer> FUNCTION_ERRORS = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> THROTTLED = new ConcurrentHashMap<>();
    private static final int ALWAYS = Integer.MAX_VALUE;

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.s3proxyForTheApplication();

    @TempDir
    static Path dir;

    private static WorkerHandler worker;
    private static RecordingHttpEndpoint lambda;
    private S3Client s3;

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = taskBucketProperties(S3.server(), dir.resolve("work"));
        properties.put("dispatch.mode", "lambda");
        properties.put("dispatch.lambda.function", FUNCTION);
        properties.put("dispatch.lambda.concurrency", "3");
        properties.put("dispatch.lambda.retries", "2");
        properties.put("dispatch.lambda.retry-delay-ms", "10");
        properties.put("aws.lambda.endpoint", lambda().endpoint().toString());
        return properties;
    }

    @BeforeEach
    void uploadTheBox() {
        s3 = S3.server().clients().sync();
        SampleBox.upload(s3, S3.server().bucket("src"), dir);
    }

    @AfterAll
    static void stopTheFunction() {
        lambda.close();
        worker.close();
    }

    @Test
    void everyObjectIsPublishedByAWorkerInvocationAndTheAnswersBecomeTheCollection() throws Exception {
        String destination = S3.server().bucket("dest-fan-out");
        FUNCTION_ERRORS.put(destination + "/Letter_3", 1);
        int before = lambda.requests().size();
        TaskBuckets.put(s3, "tasks", "box.json", TaskBuckets.taskFile(SampleBox.task("src", destination)));

        Await.until(() -> TaskBuckets.exists(s3, "tasks", "processed/box.json.outcome.json"), "box.json processed");

        List<Request> invocations = lambda.requests().subList(before, lambda.requests().size());
        assertThat(invocations).hasSize(SampleBox.OBJECTS.size() + 1).allSatisfy(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo(INVOCATIONS);
            assertThat(request.header("Authorization")).contains("/us-east-1/lambda/aws4_request");
        });
        List<String> invoked = new ArrayList<>();
        for (Request request : invocations) {
            JsonNode body = JSON.readTree(request.body());
            invoked.add(body.path("object").asText());
            assertThat(body.path("task").path("ACCESS_DIR").asText()).isEqualTo(SampleBox.BOX);
        }
        assertThat(invoked).as("each object once, Letter_3 again after its function error")
                .containsExactlyInAnyOrderElementsOf(concat(SampleBox.OBJECTS, "Letter_3"));

        S3Storage published = published(destination);
        JsonNode collection = PresentationSchema.assertValid(published.read("collection/top.json"), "collection");
        List<String> manifests = new ArrayList<>();
        collection.path("items").forEach(item -> manifests.add(item.path("id").asText()));
        assertThat(manifests).containsExactlyElementsOf(SampleBox.COLLECTION_ORDER.stream()
                .map(o -> TaskBuckets.DEST_URL + "/" + SampleBox.ROOT + "/" + o + "/manifest.json").toList());
        for (String object : SampleBox.OBJECTS) {
            PresentationSchema.assertValid(published.read(object + "/manifest.json"), object);
        }
        assertThat(JSON.readTree(published.read("Big/manifest.json")).path("items")).hasSize(8);
        JsonNode report = JSON.readTree(RunReports.read(RunRecords.of(S3.server().clients(), published)));
        assertThat(report.path("status").asText()).isEqualTo("succeeded");
        assertThat(report.path("totals").path("objectsPublished").asInt()).isEqualTo(SampleBox.OBJECTS.size());
        assertThat(report.path("totals").path("imagesTiled").asInt()).isEqualTo(14);
        assertThat(published.list("collection/")).contains("collection/index.jsonl", "collection/coll.csv")
                .noneMatch(key -> key.startsWith("collection/shards/") || key.startsWith("collection/reports/"));
    }

    @Test
    void anObjectWhoseWorkerKeepsFailingIsRecordedAsFailedAndTheRestIsPublished() throws Exception {
        String destination = S3.server().bucket("dest-failing");
        FUNCTION_ERRORS.put(destination + "/Postcard", ALWAYS);
        THROTTLED.put(destination + "/Letter_1", true);
        TaskBuckets.put(s3, "tasks", "failing.json", TaskBuckets.taskFile(SampleBox.task("src", destination)));

        Await.until(() -> TaskBuckets.exists(s3, "tasks", "failed/failing.json.outcome.json"), "failing.json done");

        JsonNode report = JSON.readTree(RunReports.read(RunRecords.of(S3.server().clients(), published(destination))));
        assertThat(report.path("totals").path("objectsPublished").asInt()).isEqualTo(SampleBox.OBJECTS.size() - 2);
        assertThat(report.path("errors").toString())
                .contains("object 'Postcard'", "The worker for object 'Postcard' failed (Unhandled)")
                .contains("object 'Letter_1'", "Rate exceeded");
        JsonNode collection = JSON.readTree(published(destination).read("collection/top.json"));
        assertThat(collection.path("items")).hasSize(SampleBox.OBJECTS.size() - 2);
        assertThat(lambda.requests().stream().filter(r -> r.body().contains("\"Postcard\"")
                && r.body().contains(destination)).count()).as("tried, then tried twice more").isEqualTo(3);
    }

    private static S3Storage published(String bucket) {
        return new S3Storage(S3.server().clients(), bucket, SampleBox.ROOT, S3Storage.Options.NONE);
    }

    private static List<String> concat(List<String> list, String more) {
        List<String> all = new ArrayList<>(list);
        all.add(more);
        return all;
    }

    /** Lambda's side: the worker handler run in-process, failures as the test asks, answered as Lambda answers. */
    private static synchronized RecordingHttpEndpoint lambda() {
        if (lambda == null) {
            worker = new WorkerHandler(Map.of("aws.endpoint", S3.server().endpoint().toString(),
                    "aws.path-style", "true", "aws.region", S3ProxyServer.REGION,
                    "pipeline.work-dir", dir.resolve("worker").toString()));
            try {
                lambda = new RecordingHttpEndpoint(LambdaFanOutTest::invoke);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lambda;
    }

    private static Answer invoke(Request request) {
        String object;
        String destination;
        try {
            JsonNode body = JSON.readTree(request.body());
            object = body.path("object").asText();
            destination = body.path("task").path("AWS_DEST_BUCKET").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String plan = destination + "/" + object;
        if (THROTTLED.containsKey(plan)) {
            return new Answer(429, "{\"Reason\":\"ConcurrentInvocationLimitExceeded\",\"Type\":\"User\","
                    + "\"message\":\"Rate exceeded\"}", Map.of("x-amzn-ErrorType", "TooManyRequestsException"));
        }
        if (FUNCTION_ERRORS.getOrDefault(plan, 0) > 0) {
            FUNCTION_ERRORS.computeIfPresent(plan, (k, left) -> left == ALWAYS ? ALWAYS : left - 1);
            return functionError(new IOException("simulated crash of the worker"));
        }
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        try {
            worker.handleRequest(new ByteArrayInputStream(request.body().getBytes(StandardCharsets.UTF_8)), answer,
                    null);
            return new Answer(200, answer.toString(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return functionError(e);
        }
    }

    /** As Lambda reports a handler's exception: 200, X-Amz-Function-Error, the error document. */
    private static Answer functionError(Exception e) {
        return new Answer(200, "{\"errorMessage\":\"" + e.getMessage().replace("\"", "'") + "\",\"errorType\":\""
                + e.getClass().getName() + "\"}", Map.of("X-Amz-Function-Error", "Unhandled"));
    }
}
