package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.iiifgenerator.storage.S3Storage;
import org.iiifgenerator.task.TaskSpec;
import org.iiifgenerator.testsupport.ApplicationOnS3Proxy;
import org.iiifgenerator.testsupport.BackgroundSampler;
import org.iiifgenerator.testsupport.ChildProcess;
import org.iiifgenerator.testsupport.Json;
import org.iiifgenerator.testsupport.PresentationSchema;
import org.iiifgenerator.testsupport.PublishedBucket;
import org.iiifgenerator.testsupport.RunReports;
import org.iiifgenerator.testsupport.S3ProxyExtension;
import org.iiifgenerator.testsupport.S3ProxyServer;
import org.iiifgenerator.testsupport.SeedTasks;
import org.iiifgenerator.testsupport.TaskBuckets;
import org.iiifgenerator.testsupport.TestImages;
import org.iiifgenerator.testsupport.ViewerRequests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** One-shot runs as AWS Batch starts them, against a real S3 protocol server: the three exit codes. */
class BatchCommandTest {

    private static final List<String> SETTINGS = List.of("pipeline.parallel-images", "pipeline.parallel-uploads");

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.s3proxyForTheApplication();
    private static S3ProxyServer server;
    private static S3Client s3;

    @TempDir
    static Path dir;

    @BeforeAll
    static void configureTheApplication() {
        server = S3.server();
        s3 = server.clients().sync();
        // Configuration reaches the application as system properties here, as environment variables in AWS.
        ApplicationOnS3Proxy.pointAt(server, dir.resolve("work"));
        server.bucket("tasks");
    }

    @AfterAll
    static void forgetTheSettings() {
        SETTINGS.forEach(System::clearProperty);
        ApplicationOnS3Proxy.forget();
    }

    @Test
    void exitsZeroWhenEverythingIsPublished() {
        String source = server.bucket("src-ok");
        String destination = server.bucket("dest-ok");
        TaskBuckets.uploadObject(s3, source, dir, Map.of("p1.jpg", 300, "p2.jpg", 310));
        TaskBuckets.put(s3, "tasks", "ok.json", TaskBuckets.task(source, destination, Map.of()));

        assertThat(batch("--task", "s3://tasks/ok.json")).isEqualTo(ExitCodes.OK);
        PublishedBucket.assertComplete(s3, destination, TaskBuckets.ROOT, published(destination));
    }

    @Test
    void stripsWithWebpTilesInVersion2AreUploadedWithEveryUrlAViewerDerives() throws IOException {
        String source = server.bucket("src-strips");
        String destination = server.bucket("dest-strips");
        TaskBuckets.uploadObject(s3, source, List.of(TestImages.image(dir.resolve("tall/p1.png"), 100, 3000),
                TestImages.image(dir.resolve("wide/p2.png"), 3000, 100)));
        TaskBuckets.put(s3, "tasks", "strips.json",
                TaskBuckets.task(source, destination, Map.of("IIIF_VERSION", "2", "TILE_FORMAT", "webp",
                        "TILE_SIZE", "256")));

        assertThat(batch("--task", "s3://tasks/strips.json")).isEqualTo(ExitCodes.OK);
        S3Storage published = published(destination);
        List<String> keys = published.list("");
        List<String> services = keys.stream().filter(k -> k.startsWith("tiles/") && k.endsWith("/info.json")).toList();
        assertThat(services).hasSize(2);
        for (String info : services) {
            String service = info.substring(0, info.length() - "/info.json".length());
            assertThat(ViewerRequests.of(Json.parse(published.read(info)))).as("viewer URLs of %s", service)
                    .allSatisfy(url -> assertThat(keys).contains(service + "/" + url));
        }
        assertThat(keys).as("the tall strip's full-width tiles, from both zips")
                .anyMatch(k -> k.matches("tiles/.*/0,256,100,256/full/0/default\\.jpg"))
                .anyMatch(k -> k.matches("tiles/.*/0,256,100,256/full/0/default\\.webp"))
                .anyMatch(k -> k.matches("tiles/.*/0,0,256,100/256,/0/default\\.webp"));
    }

    @Test
    void exitsOneWhenAnImageFailsAndPublishesTheRest() throws IOException {
        String source = server.bucket("src-broken");
        String destination = server.bucket("dest-broken");
        TaskBuckets.uploadObject(s3, source, dir, Map.of("p1.jpg", 300));
        s3.putObject(r -> r.bucket(source).key(TaskBuckets.ACCESS_DIR + "/p2.jpg"),
                RequestBody.fromString("not a JPEG", StandardCharsets.UTF_8));
        // Read from no task bucket, the task names where its run records go.
        Path task = Files.writeString(dir.resolve("broken.json"), TaskBuckets.task(source, destination,
                Map.of("RECORDS", server.recordsPlace())));

        assertThat(batch("--task", task.toString())).as("task from a local file").isEqualTo(ExitCodes.FAILURES);
        S3Storage published = published(destination);
        assertThat(RunReports.read(s3, destination, TaskBuckets.ROOT))
                .contains("p2.jpg", "\"imagesFailed\" : 1");
        assertThat(published.exists(TaskBuckets.OBJECT + "/manifest.json")).isTrue();
    }

    @Test
    void exitsTwoAndPublishesNothingWhenTheTaskIsInvalid() throws IOException {
        String destination = server.bucket("dest-invalid");
        TaskBuckets.put(s3, "tasks", "invalid.json",
                TaskBuckets.task("src-ok", destination, Map.of("TILE_SIZE", "huge")));

        assertThat(batch("--task", "s3://tasks/invalid.json")).isEqualTo(ExitCodes.INVALID);
        assertThat(batch("--task", "s3://tasks/missing.json")).as("task file not found").isEqualTo(ExitCodes.INVALID);
        assertThat(published(destination).list("")).isEmpty();
    }

    @Test
    void readsTheTaskFromTheEnvironmentAsAwsBatchPassesIt() throws Exception {
        String source = server.bucket("src-env");
        String destination = server.bucket("dest-env");
        TaskBuckets.uploadObject(s3, source, dir, Map.of("p1.jpg", 300));
        Map<String, String> env = new HashMap<>(TaskBuckets.environment(source, destination, Map.of()));
        env.putAll(server.applicationEnvironment());
        env.put("PIPELINE_WORK_DIR", dir.resolve("env-work").toString());

        ChildProcess.Result run = ChildProcess.run(env, "batch");

        assertThat(run.exitCode()).as("exit code; output:%n%s", run.output()).isZero();
        PublishedBucket.assertComplete(s3, destination, TaskBuckets.ROOT, published(destination));
    }

    @Test
    void localDiskHoldsOnlyTheImagesInFlight() throws Exception {
        String source = server.bucket("src-disk");
        String destination = server.bucket("dest-disk");
        TaskBuckets.uploadObject(s3, source, dir, Map.of());
        long largestSource = 0;
        for (int page = 1; page <= 8; page++) {
            Path image = TestImages.image(dir.resolve("disk-" + page + ".jpg"), 1600 + page * 10, 1200, page);
            largestSource = Math.max(largestSource, Files.size(image));
            String key = TaskBuckets.ACCESS_DIR + "/p" + page + ".jpg";
            s3.putObject(r -> r.bucket(source).key(key), RequestBody.fromFile(image));
        }
        TaskBuckets.put(s3, "tasks", "disk.json", TaskBuckets.task(source, destination, Map.of()));
        Path work = dir.resolve("work");
        System.setProperty("pipeline.parallel-images", "2");
        System.setProperty("pipeline.parallel-uploads", "1");
        DiskSampler sampler = DiskSampler.start(work);

        int code = batch("--task", "s3://tasks/disk.json");

        sampler.stop();
        assertThat(code).isEqualTo(ExitCodes.OK);
        long largestService = published(destination).list("tiles/").stream()
                .map(key -> key.substring(0, key.indexOf('/', "tiles/".length())))
                .distinct().mapToLong(service -> size(destination, service)).max().orElseThrow();
        assertThat(sampler.maxSourceFiles()).as("source files on disk at once: one per image being tiled")
                .isBetween(1, 2);
        assertThat(sampler.maxBytes()).as("bytes in the work folder at once: 2 images tiling, 1 uploading")
                .isLessThanOrEqualTo(2 * largestSource + 3 * largestService);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gen1-example.json", "gen2-example.json"})
    void theSeedsOwnExampleTasksRunUnchanged(String example) throws Exception {
        Path task = SeedTasks.FOLDER.resolve(example);
        TaskSpec spec = SeedTasks.stage(server, dir, example);
        Path localOutput = dir.resolve("local-" + example);
        System.setProperty("tasks.local-output", localOutput.toString());
        System.setProperty("iiif.records", server.recordsPlace());
        try {
            assertThat(batch("--task", task.toString())).isEqualTo(ExitCodes.OK);
        } finally {
            System.clearProperty("tasks.local-output");
            System.clearProperty("iiif.records");
        }

        String manifestKey = spec.destinationPrefix() + "/" + spec.objectId() + "/manifest.json";
        byte[] manifest = spec.upload() ? s3.getObjectAsBytes(r -> r.bucket(spec.destinationBucket()).key(manifestKey))
                .asByteArray() : Files.readAllBytes(localOutput.resolve(manifestKey));
        JsonNode json = PresentationSchema.assertValid(manifest, manifestKey);
        assertThat(json.path("id").asText()).isEqualTo(spec.baseUrl() + "/" + spec.objectId() + "/manifest.json");
        assertThat(json.path("items")).hasSize(2);
        assertThat(json.path("label").toString()).contains("Synopsis");
    }

    private static long size(String bucket, String servicePrefix) {
        return s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(TaskBuckets.ROOT + "/" + servicePrefix + "/"))
                .contents().stream().mapToLong(o -> o.size()).sum();
    }

    private static S3Storage published(String bucket) {
        return new S3Storage(server.clients(), bucket, TaskBuckets.ROOT, S3Storage.Options.NONE);
    }

    private static int batch(String... args) {
        List<String> command = new ArrayList<>(List.of("batch"));
        command.addAll(List.of(args));
        return IiifGenerator.commandLine().execute(command.toArray(String[]::new));
    }

    /** Measures the work folder every few milliseconds while a run goes on. */
    private static final class DiskSampler extends BackgroundSampler {

        private final Path folder;
        private final AtomicLong maxBytes = new AtomicLong();
        private final AtomicInteger maxSourceFiles = new AtomicInteger();

        private DiskSampler(Path folder) {
            this.folder = folder;
        }

        static DiskSampler start(Path folder) {
            return BackgroundSampler.start(new DiskSampler(folder));
        }

        long maxBytes() {
            return maxBytes.get();
        }

        int maxSourceFiles() {
            return maxSourceFiles.get();
        }

        @Override
        protected void sample() {
            long bytes = 0;
            int sources = 0;
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(file)) {
                        bytes += Files.size(file);
                        sources += file.getFileName().toString().startsWith("source-") ? 1 : 0;
                    }
                }
            } catch (IOException | java.io.UncheckedIOException changedWhileWalking) {
                return;
            }
            maxBytes.accumulateAndGet(bytes, Math::max);
            maxSourceFiles.accumulateAndGet(sources, Math::max);
            Thread.onSpinWait();
        }
    }
}
