package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.storage.FileSystemStorage;
import org.iiifgenerator.storage.S3Storage;
import org.iiifgenerator.storage.Storage;
import org.iiifgenerator.testsupport.ApplicationOnS3Proxy;
import org.iiifgenerator.testsupport.Json;
import org.iiifgenerator.testsupport.LogCapture;
import org.iiifgenerator.testsupport.PresentationSchema;
import org.iiifgenerator.testsupport.PublishedAudit;
import org.iiifgenerator.testsupport.Reruns;
import org.iiifgenerator.testsupport.RunRecords;
import org.iiifgenerator.testsupport.S3ProxyExtension;
import org.iiifgenerator.testsupport.SampleBox;
import org.iiifgenerator.testsupport.TaskBuckets;
import org.iiifgenerator.testsupport.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code iiif-generator remove}: the objects named leave the collection and their files go; every other file of the
 * output stays as it was, including those of an object whose key starts the same way.
 */
class RemoveCommandTest {

    private static final String BASE = "https://iiif.example.org/c";

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.s3proxyForTheApplication();

    @TempDir
    static Path dir;

    @BeforeAll
    static void pointTheApplicationAtS3() {
        ApplicationOnS3Proxy.pointAt(S3.server(), dir.resolve("work"));
    }

    @AfterAll
    static void forget() {
        ApplicationOnS3Proxy.forget();
    }

    @Test
    void removesTheObjectsFilesAndEntriesAndNothingElse() throws IOException {
        Path out = publishedFolder("local");
        Map<String, byte[]> before = files(out);
        assertThat(Reruns.record(out, "b-2")).isRegularFile();

        assertThat(IiifGenerator.commandLine().execute("remove", "--out", out.toString(), "b")).isEqualTo(ExitCodes.OK);

        Map<String, byte[]> after = files(out);
        List<String> gone = new ArrayList<>(before.keySet());
        gone.removeAll(after.keySet());
        assertThat(gone).as("removed").isNotEmpty().allSatisfy(key -> assertThat(key).matches(
                "b/manifest\\.json|tiles/b-[12]/.*|collection/members/b\\.json"));
        assertThat(gone).contains("b/manifest.json", "tiles/b-1/info.json", "tiles/b-2/info.json",
                "collection/members/b.json");
        assertThat(Reruns.record(out, "b-2")).as("its provenance record, with the run records").doesNotExist();
        assertThat(Reruns.record(out, "a-1")).isRegularFile();
        assertThat(out.resolve("tiles/b-1")).as("no empty folder left").doesNotExist();
        after.forEach((key, bytes) -> {
            if (!List.of(OutputLayout.COLLECTION_KEY, OutputLayout.INDEX_KEY, OutputLayout.SUMMARY_KEY).contains(key)) {
                assertThat(bytes).as("%s untouched", key).isEqualTo(before.get(key));
            }
        });
        assertThat(manifests(Json.parse(Files.readAllBytes(out.resolve(OutputLayout.COLLECTION_KEY)))))
                .containsExactly(BASE + "/a/manifest.json", BASE + "/b-1/manifest.json");
        assertThat(Files.readAllLines(out.resolve(OutputLayout.INDEX_KEY))).hasSize(2);
        assertThat(Json.parse(Files.readAllBytes(out.resolve(OutputLayout.SUMMARY_KEY))).path("members").asInt())
                .isEqualTo(2);
        PresentationSchema.assertOutputValid(out);
        assertThat(PublishedAudit.problems(new FileSystemStorage(out), BASE)).isEmpty();
    }

    @Test
    void anIdentifierNotInTheCollectionRemovesNothingAndSaysSo() throws IOException {
        Path out = publishedFolder("unknown");
        Map<String, byte[]> before = files(out);

        try (LogCapture log = LogCapture.start()) {
            assertThat(IiifGenerator.commandLine().execute("remove", "--out", out.toString(), "a", "zz"))
                    .isEqualTo(ExitCodes.INVALID);
            assertThat(String.join("\n", log.lines())).contains("has no object 'zz' (of its 3;", "nothing was removed");
        }
        assertThat(files(out).keySet()).isEqualTo(before.keySet());
    }

    @Test
    void aFolderWithoutACollectionIsNamed() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        try (LogCapture log = LogCapture.start()) {
            assertThat(IiifGenerator.commandLine().execute("remove", "--out", empty.toString(), "a"))
                    .isEqualTo(ExitCodes.INVALID);
            assertThat(String.join("\n", log.lines())).contains(empty.toString(), "has no collection/summary.json");
        }
    }

    @Test
    void removesFromACollectionInS3() throws IOException {
        var s3 = S3.server().clients().sync();
        SampleBox.upload(s3, S3.server().bucket("src"), Files.createDirectories(dir.resolve("box")));
        String destination = S3.server().bucket("dest");
        TaskBuckets.put(s3, S3.server().bucket("tasks"), "box.json", TaskBuckets.taskFile(SampleBox.task("src",
                destination)));
        assertThat(IiifGenerator.commandLine().execute("batch", "--task", "s3://tasks/box.json"))
                .isEqualTo(ExitCodes.OK);
        S3Storage published = new S3Storage(S3.server().clients(), destination, SampleBox.ROOT, S3Storage.Options.NONE);
        int keys = published.list("").size();
        int bigKeys = published.list("tiles/Big-").size();
        Storage records = RunRecords.of(S3.server().clients(), published);
        assertThat(records.list(Reruns.RECORDS + "Big-")).isNotEmpty();

        assertThat(IiifGenerator.commandLine().execute("remove", "--out", "s3://" + destination + "/"
                + SampleBox.ROOT, "--records", records.location(), "Big")).isEqualTo(ExitCodes.OK);

        assertThat(published.list("tiles/Big-")).isEmpty();
        assertThat(records.list(Reruns.RECORDS + "Big-")).isEmpty();
        assertThat(published.exists("Big/manifest.json")).isFalse();
        assertThat(published.list("")).hasSize(keys - bigKeys - 2);
        List<String> listed = manifests(Json.parse(published.read(OutputLayout.COLLECTION_KEY)));
        assertThat(listed).hasSize(SampleBox.OBJECTS.size() - 1).noneMatch(url -> url.contains("/Big/"));
        assertThat(PublishedAudit.problems(published, TaskBuckets.DEST_URL + "/" + SampleBox.ROOT)).isEmpty();
    }

    /** Objects a, b (two pages) and b-1, whose keys start like b's services. */
    private static Path publishedFolder(String name) {
        Path images = dir.resolve(name + "-images");
        TestImages.image(images.resolve("a.jpg"), 300, 200);
        TestImages.image(images.resolve("b/p1.jpg"), 300, 200);
        TestImages.image(images.resolve("b/p2.jpg"), 320, 200);
        TestImages.image(images.resolve("b-1.jpg"), 340, 200);
        Path out = dir.resolve(name + "-out");
        assertThat(IiifGenerator.commandLine().execute("local", "--images", images.toString(), "--out",
                out.toString(), "--base-url", BASE)).isEqualTo(ExitCodes.OK);
        return out;
    }

    private static List<String> manifests(JsonNode collection) {
        List<String> ids = new ArrayList<>();
        collection.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static Map<String, byte[]> files(Path out) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(out.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
