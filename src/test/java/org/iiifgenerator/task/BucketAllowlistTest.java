package org.iiifgenerator.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.iiifgenerator.config.Settings;
import org.iiifgenerator.config.SettingsRegistry;
import org.iiifgenerator.testsupport.TestSettings;
import org.junit.jupiter.api.Test;

/** tasks.allowed-buckets: a task may only read from and publish to the buckets the container is given. */
class BucketAllowlistTest {

    private static final String SOURCE = "ingest-dev-vtlib-store";
    private static final String DESTINATION = "ingest-dev.img.cloud.lib.vt.edu";

    private final JobFactory jobs = new JobFactory();

    @Test
    void withoutAListEveryBucketIsAllowed() throws IOException {
        assertThat(jobs.forTask(task(Map.of()), allowing("")).output().bucket()).isEqualTo(DESTINATION);
    }

    @Test
    void bucketsOnTheListAreAllowed() throws IOException {
        Settings configuration = allowing(" other, " + SOURCE + " ," + DESTINATION);

        assertThat(jobs.forTask(task(Map.of()), configuration).images().bucket()).isEqualTo(SOURCE);
        assertThat(jobs.dispatchMode(task(Map.of()), configuration)).isEqualTo("local");
    }

    @Test
    void bucketsMayBeGivenByTheirArns() throws IOException {
        Settings configuration = allowing("arn:aws:s3:::" + SOURCE + ",arn:aws-cn:s3:::other," + DESTINATION);

        assertThat(jobs.forTask(task(Map.of()), configuration).images().bucket()).isEqualTo(SOURCE);
        assertThat(catchThrowableOfType(InvalidTaskException.class,
                () -> jobs.forTask(task(Map.of("AWS_SRC_BUCKET", "payroll-archive")), configuration)))
                .hasMessageContaining("tasks.allowed-buckets: " + SOURCE + ", " + DESTINATION + ", other");
    }

    @Test
    void aSourceOutsideTheListIsRefusedBeforeAnythingIsReadOrDispatched() throws IOException {
        TaskSpec task = task(Map.of("AWS_SRC_BUCKET", "payroll-archive"));
        Settings configuration = allowing(SOURCE + "," + DESTINATION);

        for (Runnable use : new Runnable[] {() -> jobs.forTask(task, configuration),
                () -> jobs.dispatchMode(task, configuration)}) {
            assertThat(catchThrowableOfType(InvalidTaskException.class, use::run)).hasMessageContainingAll(
                    "tasks/box2.json", "the source bucket (AWS_SRC_BUCKET or SRC_BUCKET) is 'payroll-archive'",
                    "tasks.allowed-buckets: " + SOURCE + ", " + DESTINATION);
        }
    }

    @Test
    void aDestinationOutsideTheListIsRefused() throws IOException {
        TaskSpec task = task(Map.of("AWS_DEST_BUCKET", "www.example.org"));

        assertThat(catchThrowableOfType(InvalidTaskException.class,
                () -> jobs.forTask(task, allowing(SOURCE + "," + DESTINATION))))
                .hasMessageContaining("the destination bucket (AWS_DEST_BUCKET or DEST_BUCKET) is 'www.example.org'")
                .hasMessageNotContaining("source bucket");
    }

    @Test
    void aTaskCannotAllowItselfABucket() throws IOException {
        Map<String, String> environment = environment(Map.of("TASKS_ALLOWED_BUCKETS", "payroll-archive",
                "AWS_SRC_BUCKET", "payroll-archive"));
        TaskFile file = new TaskFile("tasks/box2.json", "job1", "queue", "definition", null, environment);

        assertThat(catchThrowableOfType(InvalidTaskException.class, () -> TaskSpecs.from(file)))
                .hasMessageContaining("unknown names TASKS_ALLOWED_BUCKETS");
    }

    @Test
    void runRecordsGoOnlyToTheListOrWhereTheContainerKeepsThem() throws IOException {
        Settings configuration = allowing(SOURCE + "," + DESTINATION);

        TaskSpec task = task(Map.of("RECORDS", "s3://tasks/records/box2"));
        assertThat(jobs.forTask(task, configuration).records()).as("a folder per destination")
                .hasToString("s3://tasks/records/box2/" + DESTINATION + "/" + task.destinationPrefix());
        assertThat(catchThrowableOfType(InvalidTaskException.class,
                () -> jobs.forTask(task(Map.of("RECORDS", "s3://someone-else/records")), configuration)))
                .hasMessageContaining("the bucket of the run records (RECORDS) is 'someone-else'");
    }

    /** The allowed buckets, in a container that keeps run records in the task bucket, as the stack sets it up. */
    private static Settings allowing(String buckets) {
        return TestSettings.withDefaults(Map.of(SettingsRegistry.ALLOWED_BUCKETS, buckets, SettingsRegistry.RECORDS,
                "s3://tasks/records"));
    }

    private static TaskSpec task(Map<String, String> changes) throws IOException {
        return TaskSpecs.fromEnvironment(environment(changes), "tasks/box2.json");
    }

    private static Map<String, String> environment(Map<String, String> changes) throws IOException {
        try (InputStream in = BucketAllowlistTest.class.getResourceAsStream("/tasks/gen2-example.json")) {
            Map<String, String> environment = new LinkedHashMap<>(
                    new TaskFileReader().read(in, "tasks/gen2-example.json").environment());
            environment.putAll(changes);
            return environment;
        }
    }
}
