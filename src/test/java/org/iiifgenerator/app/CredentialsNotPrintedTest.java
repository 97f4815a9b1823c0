package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.iiifgenerator.testsupport.Await;
import org.iiifgenerator.testsupport.CapturedText;
import org.iiifgenerator.testsupport.ChildProcess;
import org.iiifgenerator.testsupport.RunReports;
import org.iiifgenerator.testsupport.S3ProxyExtension;
import org.iiifgenerator.testsupport.S3ProxyServer;
import org.iiifgenerator.testsupport.TaskBuckets;
import org.iiifgenerator.testsupport.TaskContainer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The credentials given to the application never reach what people read: neither the output of the one-shot and
 * the long-lived commands, with every logger at its finest level, nor any object they write (reports, manifests,
 * task files and outcomes), whether the run succeeds or fails.
 */
class CredentialsNotPrintedTest {

    /** Not a secret (AWS shows it in consoles and logs): it is the control that what the SDK logs is searched. */
    private static final String ACCESS_KEY = "AKIAFAKE" + random().substring(0, 12).toUpperCase(Locale.ROOT);
    private static final String SECRET = "FAKE-SECRET-" + random();

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.s3proxy(
            S3ProxyServer.builder().credentials(ACCESS_KEY, SECRET));

    @TempDir
    static Path dir;

    private static S3Client s3;
    private static String source;

    /** One object whose second page is broken, so that every run also reports a failure. */
    @BeforeAll
    static void uploadAnObjectWithABrokenPage() {
        s3 = S3.server().clients().sync();
        source = S3.server().bucket("source");
        TaskBuckets.uploadObject(s3, source, dir, Map.of("p1.jpg", 300));
        s3.putObject(r -> r.bucket(source).key(TaskBuckets.ACCESS_DIR + "/p2.jpg"),
                RequestBody.fromString("not a JPEG", StandardCharsets.UTF_8));
    }

    @Test
    void aBatchRunPrintsNeitherTheSecretNorPutsItInItsReport() throws Exception {
        String destination = S3.server().bucket("dest-batch");

        ChildProcess.Result run = ChildProcess.start(verboseLogging(), batchEnvironment(destination), "batch")
                .finish();

        assertThat(run.exitCode()).as("one page failed; output:%n%s", tail(run)).isEqualTo(ExitCodes.FAILURES);
        CapturedText captured = new CapturedText().add("output", run.output()).bucket(s3, destination)
                .bucket(s3, S3ProxyServer.RECORDS_BUCKET);
        assertThat(captured.holding("p2.jpg")).as("the report is searched")
                .contains(RunReports.uri(s3, destination, TaskBuckets.ROOT));
        assertNotFound(captured, SECRET);
    }

    @Test
    void theTaskContainerPrintsNeitherTheSecretNorPutsItInTaskOutcomes() throws Exception {
        String destination = S3.server().bucket("dest-container");
        Map<String, String> environment = TaskContainer.environment(S3.server(), dir.resolve("container"));
        TaskBuckets.put(s3, "tasks", "broken-page.json", TaskBuckets.task(source, destination, Map.of()));
        TaskBuckets.put(s3, "tasks", "no-destination.json", TaskBuckets.task(source, "no-such-bucket", Map.of()));
        ChildProcess.Result run;
        try (ChildProcess container = ChildProcess.start(verboseLogging(), environment, "run")) {
            Await.until(() -> TaskBuckets.exists(s3, "tasks", "failed/broken-page.json.outcome.json")
                    && TaskBuckets.exists(s3, "tasks", "failed/no-destination.json.outcome.json"),
                    "both tasks in failed/");
            run = container.kill();
        }

        CapturedText captured = new CapturedText().add("output", run.output()).bucket(s3, "tasks")
                .bucket(s3, destination).bucket(s3, S3ProxyServer.RECORDS_BUCKET);
        assertThat(captured.holding("no-such-bucket")).as("the outcomes are searched")
                .contains(uri("tasks", "failed/no-destination.json.outcome.json"));
        assertNotFound(captured, SECRET);
    }

    @Test
    void aWrongSecretIsNotPrintedWhenS3RefusesIt() throws Exception {
        String wrong = "FAKE-SECRET-WRONG-" + random();

        ChildProcess.Result run = batchWith("dest-refused", "AWS_SECRET_ACCESS_KEY", wrong);

        assertThat(run.exitCode()).as("output:%n%s", tail(run)).isEqualTo(ExitCodes.INVALID);
        assertThat(run.output().contains("Status Code: 403")).as("S3 refused the signature").isTrue();
        assertNotFound(new CapturedText().add("output", run.output()), wrong);
    }

    @Test
    void aSessionTokenIsNotPrinted() throws Exception {
        String token = "FAKE-SESSION-TOKEN-" + random();

        // This S3 server refuses requests that carry a token; the first request is signed, sent and logged anyway.
        ChildProcess.Result run = batchWith("dest-token", "AWS_SESSION_TOKEN", token);

        assertThat(run.output().contains("X-Amz-Security-Token: " + CredentialRedaction.MASK))
                .as("the header is logged").isTrue();
        assertNotFound(new CapturedText().add("output", run.output()), token);
    }

    /**
     * The access key id shows that requests' headers were logged and searched: a secret printed with them would
     * be found as it is.
     */
    /** {@code batch} into a new bucket, logging everything, with one variable of its environment set. */
    private static ChildProcess.Result batchWith(String destination, String variable, String value) throws Exception {
        Map<String, String> environment = batchEnvironment(S3.server().bucket(destination));
        environment.put(variable, value);
        return ChildProcess.start(verboseLogging(), environment, "batch").finish();
    }

    private static void assertNotFound(CapturedText captured, String secret) {
        assertThat(captured.holding(ACCESS_KEY)).as("requests logged at DEBUG").contains("output");
        assertThat(captured.holding(secret)).as("where it is printed, among %s", captured.names()).isEmpty();
    }

    /** The task of {@link #source} as AWS Batch passes it, and the server's address and credentials. */
    private static Map<String, String> batchEnvironment(String destination) {
        Map<String, String> environment = new HashMap<>(TaskBuckets.environment(source, destination, Map.of()));
        environment.putAll(S3.server().applicationEnvironment());
        environment.put(TaskContainer.variableOf("pipeline.work-dir"), dir.resolve("work").toString());
        return environment;
    }

    /** Every logger at its finest level, as JAVA_OPTS would set it. */
    private static List<String> verboseLogging() throws URISyntaxException {
        Path config = Path.of(CredentialsNotPrintedTest.class.getResource("/logging-verbose.properties").toURI());
        return List.of("-Djava.util.logging.config.file=" + config);
    }

    private static String uri(String bucket, String key) {
        return "s3://" + bucket + "/" + key;
    }

    /** The end of a long output, where a failure is told. */
    private static String tail(ChildProcess.Result run) {
        String output = run.output();
        return output.substring(Math.max(0, output.length() - 5000));
    }

    private static String random() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
