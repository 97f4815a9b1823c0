package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iiifgenerator.testsupport.ChildProcess;
import org.iiifgenerator.testsupport.FreePort;
import org.iiifgenerator.testsupport.TaskBuckets;
import org.iiifgenerator.testsupport.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Configuration a process is started with, as AWS Batch starts it (environment variables, a task file): what the
 * user must fix exits 2 with one line naming the variable, never a stack trace; AWS Batch tries only exit code 3
 * again, so a misconfigured job spends no retries.
 */
class ConfigurationErrorsTest {

    /** No region, credentials or profile from this machine: the child sees only what a test gives it. */
    private static final Map<String, String> NO_AWS_SETUP = Map.of("AWS_CONFIG_FILE", "/nonexistent/aws-config",
            "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/aws-credentials", "AWS_EC2_METADATA_DISABLED", "true",
            "AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test");

    @TempDir
    static Path dir;
    private static Path images;

    @BeforeAll
    static void anImagesFolder() {
        images = TestImages.image(dir.resolve("images/a.jpg"), 200, 100).getParent();
    }

    @Test
    void aResourceSettingFromTheEnvironmentIsNamedAsTheVariable() throws Exception {
        ChildProcess.Result run = run(Map.of("PIPELINE_PARALLEL_IMAGES", "-1"), local("out-threads"));

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.INVALID);
        assertThat(oneLine(run)).endsWith(" The job cannot start: PIPELINE_PARALLEL_IMAGES is '-1': parallel images "
                + "-1 is out of range: use 1 to 1000");
    }

    @Test
    void aPublishingSettingFromTheEnvironmentIsNamedAsTheVariable() throws Exception {
        ChildProcess.Result run = run(Map.of("IIIF_TILE_SIZE", "5"), local("out-tiles"));

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.INVALID);
        assertThat(oneLine(run)).endsWith(" The job cannot start: IIIF_TILE_SIZE is '5': tile size 5 is out of "
                + "range: use 64 to 4096");
        assertThat(dir.resolve("out-tiles")).doesNotExist();
    }

    @Test
    void aTaskFileThatIsAFifoIsRefusedUnread() throws Exception {
        Path fifo = dir.resolve("task.json");
        assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).as("mkfifo").isZero();

        ChildProcess.Result run = run(NO_AWS_SETUP, "batch", "--task", fifo.toString());

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.INVALID);
        assertThat(oneLine(run)).endsWith(" The job cannot start: " + fifo + ": is not a regular file: give the path "
                + "of a task file");
    }

    @Test
    void noRegionInTheTaskTheEnvironmentOrAProfileIsNamedAsAwsRegion() throws Exception {
        assumeThat(System.getenv("AWS_REGION")).as("AWS_REGION of this machine").isNull();
        assumeThat(System.getenv("AWS_DEFAULT_REGION")).as("AWS_DEFAULT_REGION of this machine").isNull();
        Map<String, String> noRegion = new HashMap<>(RECORDS);
        noRegion.put("AWS_REGION", null);
        Path task = Files.writeString(dir.resolve("no-region.json"), TaskBuckets.taskFile(
                TaskBuckets.environment("src", "dest", noRegion)));

        ChildProcess.Result run = run(NO_AWS_SETUP, "batch", "--task", task.toString());

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.INVALID);
        assertThat(oneLine(run)).endsWith(" AWS_REGION is not set, so the region of the buckets is unknown: give the "
                + "task an AWS_REGION, or set AWS_REGION in the environment (aws.region in the configuration) or a "
                + "region in the AWS profile");
    }

    @Test
    void aTaskFromNoTaskBucketPublishingToS3WithoutAPlaceForItsRunRecordsIsRefusedBeforeAnythingIsRead()
            throws Exception {
        Path task = Files.writeString(dir.resolve("no-records.json"), TaskBuckets.task("src", "dest", Map.of()));

        ChildProcess.Result run = run(NO_AWS_SETUP, "batch", "--task", task.toString());

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.INVALID);
        assertThat(oneLine(run)).contains(" Setting 'iiif.records' is not set, and the task was not read from a task "
                + "bucket: give a private place for the run records");
    }

    @Test
    void anS3EndpointThatRefusesConnectionsIsOneLineAndItsTraceOnlyWithVerbose() throws Exception {
        Path task = Files.writeString(dir.resolve("refused.json"), TaskBuckets.task("src", "dest", RECORDS));
        Map<String, String> environment = new HashMap<>(NO_AWS_SETUP);
        environment.putAll(Map.of("AWS_ENDPOINT", "http://127.0.0.1:" + FreePort.find(), "AWS_PATH_STYLE", "true",
                "AWS_S3_MAX_ATTEMPTS", "1", "PIPELINE_WORK_DIR", dir.resolve("work").toString()));

        ChildProcess.Result run = run(environment, "batch", "--task", task.toString());
        ChildProcess.Result verbose = run(environment, "batch", "--verbose", "--task", task.toString());

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.BROKEN);
        assertThat(oneLine(run)).contains(" The run broke off: ").contains("Connection refused");
        assertThat(verbose.exitCode()).as(verbose.output()).isEqualTo(ExitCodes.BROKEN);
        assertThat(verbose.output()).contains(oneLine(run).substring(oneLine(run).indexOf(" SEVERE ")))
                .contains("\tat org.iiifgenerator.");
    }

    /** A task read from no task bucket that publishes to S3 names where its run records go. */
    private static final Map<String, String> RECORDS = Map.of("RECORDS", "s3://tasks/records");

    private static String[] local(String out) {
        return new String[] {"local", "--images", images.toString(), "--out", dir.resolve(out).toString()};
    }

    /** The one line the process printed (the JVM's own warnings aside), with no stack trace. */
    private static String oneLine(ChildProcess.Result run) {
        List<String> lines = run.output().lines().filter(line -> !line.startsWith("WARNING: ")).toList();
        assertThat(lines).as("what the process printed").hasSize(1);
        assertThat(run.output()).doesNotContain("\tat ");
        return lines.getFirst();
    }

    /** A one-shot run as the launcher starts it: the quick compiler is enough for what fails or ends in seconds. */
    private static ChildProcess.Result run(Map<String, String> environment, String... args) throws Exception {
        return ChildProcess.start(List.of("-XX:TieredStopAtLevel=1"), environment, args).finish();
    }
}
