package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.storage.FileSystemStorage;
import org.iiifgenerator.storage.Location;
import org.iiifgenerator.storage.S3Storage;
import org.iiifgenerator.storage.Storage;
import org.iiifgenerator.testsupport.ChildProcess;
import org.iiifgenerator.testsupport.PublishedAudit;
import org.iiifgenerator.testsupport.Reruns;
import org.iiifgenerator.testsupport.RunRecords;
import org.iiifgenerator.testsupport.S3ProxyExtension;
import org.iiifgenerator.testsupport.TaskBuckets;
import org.iiifgenerator.testsupport.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A {@code --force} rerun republishes over live output. Killed with SIGKILL at any moment (a reclaimed Spot
 * instance), it leaves every image service whole, as an independent audit finds right after the kill: each
 * info.json's tiles and sizes are there, each service a manifest points at has its info.json. The next run
 * finishes the work and leaves nothing of the killed one in the published tree.
 */
class ForcedRerunKillTest {

    private static final int PAGES = 4;
    /** Small tiles: some 250 files per service, so that replacing one takes long enough to be killed in. */
    private static final String TILE_SIZE = "128";
    /** S3 takes a request per tile, and an upload is long to be killed in anyway. */
    private static final String S3_TILE_SIZE = "256";
    private static final String LOCAL_BASE_URL = "http://localhost:8000";
    private static final String S3_BASE_URL = TaskBuckets.DEST_URL + "/" + TaskBuckets.ROOT;

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.s3proxy();

    @TempDir
    static Path dir;

    private static List<Path> pages;
    private static Path images;
    private static Path csv;
    private static Path firstRun;
    private static Map<String, byte[]> uninterrupted;

    @BeforeAll
    static void publishOnce() throws IOException {
        images = dir.resolve("images");
        pages = new ArrayList<>();
        for (int page = 1; page <= PAGES; page++) {
            pages.add(TestImages.image(images.resolve((page <= PAGES / 2 ? "ms-1/" : "ms-2/") + "p" + page + ".jpg"),
                    2000, 1500, page));
        }
        csv = Files.writeString(dir.resolve("meta.csv"), "identifier,title\nms-1,Diary\nms-2,Ledger\n");
        firstRun = dir.resolve("first");
        assertThat(IiifGenerator.commandLine().execute(local(firstRun))).isEqualTo(ExitCodes.OK);
        uninterrupted = Reruns.publishedWithoutRunTimes(firstRun);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 11, 2026})
    void aForcedRerunKilledAtAnyMomentLeavesEveryServiceWhole(long seed) throws Exception {
        Path out = copyOfTheFirstRun("killed-" + seed);
        FileSystemStorage published = new FileSystemStorage(out);

        FileSystemStorage records = new FileSystemStorage(RunRecords.of(out));
        killAtAMomentOfReplacing(new Random(seed), () -> recordVersions(records), 1,
                ChildProcess.start(Map.of(), force(out)));

        assertThat(PublishedAudit.problems(published, LOCAL_BASE_URL)).as("right after the kill").isEmpty();
        assertThat(PublishedAudit.leftovers(published)).as("right after the kill").isEmpty();

        assertThat(IiifGenerator.commandLine().execute(local(out))).isEqualTo(ExitCodes.OK);
        assertThat(PublishedAudit.problems(published, LOCAL_BASE_URL)).isEmpty();
        assertThat(PublishedAudit.leftovers(published)).as("what the killed run left, after the next run").isEmpty();
        Map<String, byte[]> recovered = Reruns.publishedWithoutRunTimes(out);
        assertThat(recovered.keySet()).isEqualTo(uninterrupted.keySet());
        recovered.forEach((key, bytes) -> assertThat(bytes).as(key).isEqualTo(uninterrupted.get(key)));
    }

    /** What an earlier version of the application left when a rerun was killed while it replaced a service. */
    @Test
    void aReplacedServiceLeftInTheTreeIsRemovedByTheNextRun() throws Exception {
        Path out = copyOfTheFirstRun("left-behind");
        Path leftover = out.resolve("tiles/.ms-1-1.replaced-" + UUID.randomUUID());
        Path image = Files.createDirectories(leftover.resolve("full/max/0")).resolve("default.jpg");
        Files.copy(out.resolve("tiles/ms-1-1/full/max/0/default.jpg"), image);

        assertThat(IiifGenerator.commandLine().execute(local(out))).isEqualTo(ExitCodes.OK);

        assertThat(leftover).doesNotExist();
        assertThat(PublishedAudit.leftovers(new FileSystemStorage(out))).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5})
    void aForcedRerunToS3KilledAtAnyMomentLeavesEveryServiceWhole(long seed) throws Exception {
        S3Client s3 = S3.server().clients().sync();
        String source = S3.server().bucket("source");
        if (TaskBuckets.keys(s3, source).isEmpty()) {
            TaskBuckets.uploadObject(s3, source, pages);
        }
        String destination = S3.server().bucket("killed-" + seed);
        S3Storage published = new S3Storage(S3.server().clients(), destination, TaskBuckets.ROOT,
                S3Storage.Options.NONE);
        assertThat(ChildProcess.run(batch(source, destination, false, seed), "batch").exitCode()).isZero();

        killAtAMomentOfReplacing(new Random(seed), () -> recordVersions(s3, destination), 20,
                ChildProcess.start(batch(source, destination, true, seed), "batch"));

        assertThat(PublishedAudit.problems(published, S3_BASE_URL)).as("right after the kill").isEmpty();
        ChildProcess.Result next = ChildProcess.run(batch(source, destination, false, seed), "batch");
        assertThat(next.exitCode()).as("the next run; output:%n%s", next.output()).isZero();
        assertThat(PublishedAudit.problems(published, S3_BASE_URL)).isEmpty();
        assertThat(PublishedAudit.leftovers(published)).isEmpty();
    }

    /**
     * Kills the rerun while it replaces a service: when the provenance record of the n-th service it replaces is
     * taken back or written anew (the service's replacement begins or ends), plus a few milliseconds; n and the
     * delay come from {@code random}. Fails if the rerun ends first.
     */
    private static void killAtAMomentOfReplacing(Random random, Supplier<Map<String, String>> recordVersions,
                                                 long pollMillis, ChildProcess rerun) throws Exception {
        int replacing = 1 + random.nextInt(PAGES - 1);
        int delayMillis = random.nextInt(30);
        Map<String, String> before = recordVersions.get();
        try (rerun) {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
            while (changed(before, recordVersions.get()) < replacing) {
                assertThat(Instant.now()).as("the rerun reaching service %d", replacing).isBefore(deadline);
                Thread.sleep(pollMillis);
            }
            Thread.sleep(delayMillis);
            ChildProcess.Result killed = rerun.kill();
            assertThat(killed.output()).as("killed before the end").doesNotContain("Done: ");
        }
    }

    /** Records that have changed or are gone: the services the rerun has begun to replace. */
    private static long changed(Map<String, String> before, Map<String, String> now) {
        return before.entrySet().stream().filter(record -> !record.getValue().equals(now.get(record.getKey())))
                .count();
    }

    /** Each provenance record kept for a local output and its version (size and modification time). */
    private static Map<String, String> recordVersions(Storage records) {
        try {
            Map<String, String> versions = new HashMap<>();
            records.listing(Reruns.RECORDS).forEach((key, file) -> versions.put(key, file.version()));
            return versions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each provenance record of the runs into the bucket and when it was written: a rerun writes the same bytes
     * (ETag) anew.
     */
    private static Map<String, String> recordVersions(S3Client s3, String bucket) {
        Map<String, String> versions = new HashMap<>();
        Location records = RunRecords.of(s3, bucket, TaskBuckets.ROOT);
        s3.listObjectsV2Paginator(r -> r.bucket(records.bucket()).prefix(records.path() + "/" + Reruns.RECORDS))
                .contents()
                .forEach(object -> versions.put(object.key(), object.lastModified().toString()));
        return versions;
    }

    /** A copy of the first run's output, with its run records beside it. */
    private static Path copyOfTheFirstRun(String name) throws IOException {
        Path copy = dir.resolve(name);
        copyFolder(firstRun, copy);
        copyFolder(RunRecords.of(firstRun), RunRecords.of(copy));
        // Records older than the rerun's, whatever the clock's resolution.
        try (Stream<Path> records = Files.list(RunRecords.of(copy).resolve(Reruns.RECORDS))) {
            for (Path record : (Iterable<Path>) records::iterator) {
                Files.setLastModifiedTime(record, FileTime.from(Instant.now().minusSeconds(60)));
            }
        }
        return copy;
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static String[] local(Path out) {
        return new String[] {"local", "--images", images.toString(), "--csv", csv.toString(), "--out",
                out.toString(), "--tile-size", TILE_SIZE};
    }

    private static String[] force(Path out) {
        List<String> arguments = new ArrayList<>(List.of(local(out)));
        arguments.add("--force");
        return arguments.toArray(String[]::new);
    }

    private static Map<String, String> batch(String source, String destination, boolean force, long seed) {
        Map<String, String> environment = new HashMap<>(TaskBuckets.environment(source, destination,
                force ? Map.of("TILE_SIZE", S3_TILE_SIZE, "FORCE", "true") : Map.of("TILE_SIZE", S3_TILE_SIZE)));
        environment.putAll(S3.server().applicationEnvironment());
        environment.put("PIPELINE_WORK_DIR", dir.resolve("work-" + seed).toString());
        return environment;
    }
}
