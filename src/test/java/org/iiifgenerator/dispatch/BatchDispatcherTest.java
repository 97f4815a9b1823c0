package org.iiifgenerator.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.iiifgenerator.storage.S3Storage;
import org.iiifgenerator.storage.Storages;
import org.iiifgenerator.task.InvalidTaskException;
import org.iiifgenerator.task.TaskFileReader;
import org.iiifgenerator.task.TaskSpec;
import org.iiifgenerator.task.TaskSpecs;
import org.iiifgenerator.testsupport.S3ProxyExtension;
import org.iiifgenerator.testsupport.TaskBuckets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** How many shards a task is shared over: its own SHARDS, else the configured gigabytes of source per shard. */
class BatchDispatcherTest {

    private static final double KILOBYTE_IN_GB = 1.0 / (1024 * 1024);

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.s3proxy();

    @TempDir
    static Path dir;

    private static Storages storages;
    private static long sourceBytes;

    @BeforeAll
    static void uploadAnObject() {
        storages = new Storages(() -> S3.server().settings(StaticCredentialsProvider.create(
                AwsBasicCredentials.create(S3.server().accessKey(), S3.server().secretKey()))), S3Storage.Options.NONE);
        TaskBuckets.uploadObject(S3.server().clients().sync(), S3.server().bucket("src"), dir,
                Map.of("p1.jpg", 300, "p2.jpg", 310, "p10.jpg", 320));
        sourceBytes = S3.server().clients().sync().listObjectsV2(r -> r.bucket("src").prefix(TaskBuckets.ACCESS_DIR))
                .contents().stream().mapToLong(o -> o.size()).sum();
    }

    @Test
    void theTasksOwnShardsWin() throws IOException {
        assertThat(dispatcher(KILOBYTE_IN_GB).shards(task("src", Map.of("SHARDS", "6")))).isEqualTo(6);
    }

    @Test
    void withoutShardsATaskIsOneJobUnlessGigabytesPerShardAreConfigured() throws IOException {
        assertThat(dispatcher(0).shards(task("src", Map.of()))).isEqualTo(1);
        assertThat(dispatcher(KILOBYTE_IN_GB).shards(task("src", Map.of())))
                .as("one shard per KB of %d source bytes", sourceBytes)
                .isEqualTo((int) ((sourceBytes + 1023) / 1024));
        assertThat(dispatcher(1).shards(task("src", Map.of()))).as("less than a GB").isEqualTo(1);
    }

    @Test
    void aSourceThatCannotBeListedIsTheTasksProblemNamed() {
        assertThatThrownBy(() -> dispatcher(KILOBYTE_IN_GB).shards(task("no-such-bucket", Map.of())))
                .isInstanceOf(InvalidTaskException.class).hasMessageContaining("s3://no-such-bucket/");
    }

    private static BatchDispatcher dispatcher(double gigabytesPerShard) {
        return new BatchDispatcher(() -> {
            throw new AssertionError("nothing is submitted here");
        }, new BatchSubmitter.Defaults(1, 60), storages, gigabytesPerShard);
    }

    private static TaskSpec task(String source, Map<String, String> extra) {
        String task = TaskBuckets.task(source, "dest", extra);
        return TaskSpecs.from(new TaskFileReader().read(
                new ByteArrayInputStream(task.getBytes(StandardCharsets.UTF_8)), "task.json"));
    }
}
