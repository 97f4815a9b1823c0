package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iiifgenerator.task.TaskSpec;
import org.iiifgenerator.testsupport.ChildProcess;
import org.iiifgenerator.testsupport.PresentationSchema;
import org.iiifgenerator.testsupport.S3ProxyExtension;
import org.iiifgenerator.testsupport.S3ProxyServer;
import org.iiifgenerator.testsupport.SeedTasks;
import org.iiifgenerator.testsupport.TaskBuckets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A deployment of aws-batch-iiif-generator with only its image swapped for this one. Its Lambda submits each task
 * file to AWS Batch as it is: {@code containerOverrides} of the task's {@code command} (["./createiiif.sh"]) and
 * its environment, and AWS Batch runs the image's entry point with that command and environment.
 */
class SeedDeploymentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.s3proxyForTheApplication();

    @TempDir
    static Path dir;

    /** What the seed's Lambda sends AWS Batch for a task file: the container's command and environment. */
    private record SeedSubmission(List<String> command, Map<String, String> environment) {

        static SeedSubmission of(Path taskFile) throws IOException {
            JsonNode task = JSON.readTree(taskFile.toFile());
            Map<String, String> environment = new LinkedHashMap<>();
            task.path("environment").forEach(entry -> environment.put(entry.path("name").asText(),
                    entry.path("value").asText()));
            // command = []; command.append(content['command'])
            return new SeedSubmission(List.of(task.path("command").asText()), environment);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gen1-example.json", "gen2-example.json"})
    void theSeedsOwnTaskSubmittedAsItsLambdaDoesRunsAsABatchJob(String example) throws Exception {
        Path taskFile = SeedTasks.FOLDER.resolve(example);
        S3ProxyServer server = S3.server();
        TaskSpec spec = SeedTasks.stage(server, dir, example);
        SeedSubmission submitted = SeedSubmission.of(taskFile);
        Path localOutput = dir.resolve("local-" + example);
        // The job definition's environment (where S3 is), then the submission's, as AWS Batch merges them.
        Map<String, String> container = new HashMap<>(server.applicationEnvironment());
        container.putAll(Map.of("PIPELINE_WORK_DIR", dir.resolve("work-" + example).toString(),
                "TASKS_LOCAL_OUTPUT", localOutput.toString()));
        container.putAll(submitted.environment());

        ChildProcess.Result run = run(container, submitted.command().toArray(String[]::new));

        assertThat(submitted.command()).containsExactly("./createiiif.sh");
        assertThat(run.exitCode()).as("exit code; output:%n%s", run.output()).isZero();
        String manifestKey = spec.destinationPrefix() + "/" + spec.objectId() + "/manifest.json";
        S3Client s3 = server.clients().sync();
        byte[] manifest = spec.upload() ? s3.getObjectAsBytes(r -> r.bucket(spec.destinationBucket()).key(manifestKey))
                .asByteArray() : Files.readAllBytes(localOutput.resolve(manifestKey));
        JsonNode json = PresentationSchema.assertValid(manifest, manifestKey);
        assertThat(json.path("items")).hasSize(2);
    }

    @Test
    void theSeedsJobCommandWithArgumentsReadsTheTaskFromTheEnvironmentLikeBatch() throws Exception {
        ChildProcess.Result run = run(Map.of(), "/usr/local/iiif/createiiif.sh", "ignored.csv");

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.output()).doesNotContain("Unmatched argument")
                .contains("arguments [ignored.csv] are ignored")
                .contains("the environment of this process: Setting 'ACCESS_DIR' is not set");
    }

    /** The seed's Lambda made its AWS clients for the task's AWS_REGION; with no other region, so does a batch run. */
    @Test
    void aTaskFilesRegionIsTheRegionOfItsBuckets() throws Exception {
        assumeThat(System.getenv("AWS_REGION")).as("AWS_REGION of this machine").isNull();
        assumeThat(System.getenv("AWS_DEFAULT_REGION")).as("AWS_DEFAULT_REGION of this machine").isNull();
        S3ProxyServer server = S3.server();
        S3Client s3 = server.clients().sync();
        String source = server.bucket("src-region");
        String destination = server.bucket("dest-region");
        TaskBuckets.uploadObject(s3, source, dir, Map.of("p1.jpg", 300));
        Path task = Files.writeString(dir.resolve("region.json"), TaskBuckets.task(source, destination,
                Map.of("AWS_REGION", S3ProxyServer.REGION)));
        Map<String, String> environment = new HashMap<>(server.applicationEnvironment());
        environment.remove("AWS_REGION");
        environment.putAll(Map.of("AWS_CONFIG_FILE", "/nonexistent/aws-config", "AWS_EC2_METADATA_DISABLED", "true",
                "PIPELINE_WORK_DIR", dir.resolve("work-region").toString()));

        ChildProcess.Result run = run(environment, "batch", "--task", task.toString());

        assertThat(run.exitCode()).as("exit code; output:%n%s", run.output()).isZero();
        assertThat(TaskBuckets.keys(s3, destination)).contains(TaskBuckets.ROOT + "/collection/top.json");
    }

    /** A one-shot run as the launcher starts it: the quick compiler is enough for what fails or ends in seconds. */
    private static ChildProcess.Result run(Map<String, String> environment, String... args) throws Exception {
        return ChildProcess.start(List.of("-XX:TieredStopAtLevel=1"), environment, args).finish();
    }
}
