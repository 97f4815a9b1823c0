package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.storage.Location;
import org.iiifgenerator.testsupport.ApplicationOnS3Proxy;
import org.iiifgenerator.testsupport.CapturedText;
import org.iiifgenerator.testsupport.RunRecords;
import org.iiifgenerator.testsupport.RunReports;
import org.iiifgenerator.testsupport.S3ProxyExtension;
import org.iiifgenerator.testsupport.TaskBuckets;
import org.iiifgenerator.testsupport.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What is published is public: a published folder and bucket name no folder or file of the machine that published
 * them (images, CSV, work folder, temp folder), nor where the sources are. The run records that do (the reports)
 * are kept apart, where reruns find them.
 */
class NothingPrivatePublishedTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.s3proxyForTheApplication();

    /** Every path of this test's files starts with it: images, CSV, work folders, the output itself. */
    @TempDir
    static Path dir;

    /** The application's own work area when none is configured. */
    private static final String DEFAULT_WORK_AREA = Path.of(System.getProperty("java.io.tmpdir"), "iiif-generator")
            .toString();

    @BeforeAll
    static void pointTheApplicationAtS3() {
        ApplicationOnS3Proxy.pointAt(S3.server(), dir.resolve("s3-work"));
    }

    @AfterAll
    static void forget() {
        ApplicationOnS3Proxy.forget();
    }

    @Test
    void aPublishedFolderHoldsNoPathOfTheMachine() throws IOException {
        Path images = dir.resolve("images");
        TestImages.image(images.resolve("letters/p1.jpg"), 300, 200);
        TestImages.image(images.resolve("letters/p2.jpg"), 200, 300);
        TestImages.notAnImage(images.resolve("broken.jpg"));
        Path csv = Files.writeString(dir.resolve("metadata.csv"), "identifier,title\nletters,Letters\nbroken,Broken\n");
        Path work = dir.resolve("local-work");
        Path out = dir.resolve("out");

        assertThat(IiifGenerator.commandLine().execute("local", "--images", images.toString(), "--csv",
                csv.toString(), "--out", out.toString(), "--work-dir", work.toString(), "--base-url",
                "https://iiif.example.org/letters")).as("one image failed").isEqualTo(ExitCodes.FAILURES);

        assertThat(RunReports.text(out)).as("the report, kept beside the output, names the machine's files")
                .contains(images.toString(), csv.toString(), "broken.jpg");
        assertThat(RunRecords.of(out)).isDirectory().satisfies(records -> assertThat(records.startsWith(out))
                .as("outside the published folder").isFalse());
        CapturedText published = new CapturedText().folder(out);
        assertThat(published.names()).as("what was searched")
                .contains(out.resolve(OutputLayout.COLLECTION_KEY).toString(),
                        out.resolve(OutputLayout.INDEX_KEY).toString(), out.resolve("collection/metadata.csv").toString(),
                        out.resolve("tiles/letters-1/info.json").toString())
                .noneMatch(name -> name.contains("/collection/reports/") || name.contains("/collection/provenance/")
                        || name.endsWith("/" + OutputLayout.MEMBERS_CACHE_KEY));
        for (String path : List.of(dir.toString(), images.toString(), csv.toString(), work.toString(),
                DEFAULT_WORK_AREA)) {
            assertThat(published.holding(path)).as("published files naming %s", path).isEmpty();
        }
    }

    @Test
    void aPublishedBucketHoldsNoPathOfTheMachineNorWhereTheSourcesAre() {
        S3Client s3 = S3.server().clients().sync();
        String source = S3.server().bucket("private-sources");
        String destination = S3.server().bucket("public-iiif");
        TaskBuckets.uploadObject(s3, source, dir, Map.of("p1.jpg", 300, "p2.jpg", 310));
        s3.putObject(r -> r.bucket(source).key(TaskBuckets.ACCESS_DIR + "/p3.jpg"), RequestBody.fromString("no JPEG"));
        TaskBuckets.put(s3, S3.server().bucket("tasks"), "box.json", TaskBuckets.task(source, destination, Map.of()));

        assertThat(IiifGenerator.commandLine().execute("batch", "--task", "s3://tasks/box.json"))
                .as("one image failed").isEqualTo(ExitCodes.FAILURES);

        String sources = Location.s3(source, "").toString();
        assertThat(RunReports.read(s3, destination, TaskBuckets.ROOT)).as("the report names where the sources are")
                .contains(sources, "p3.jpg");
        assertThat(RunRecords.of(s3, destination, TaskBuckets.ROOT).bucket()).as("kept in the task bucket")
                .isEqualTo("tasks");
        CapturedText published = new CapturedText().bucket(s3, destination);
        assertThat(published.names()).as("what was searched")
                .contains("s3://" + destination + "/" + TaskBuckets.ROOT + "/" + OutputLayout.COLLECTION_KEY,
                        "s3://" + destination + "/" + TaskBuckets.ROOT + "/" + OutputLayout.INDEX_KEY)
                .noneMatch(name -> name.contains("/collection/reports/") || name.contains("/collection/provenance/")
                        || name.endsWith("/" + OutputLayout.MEMBERS_CACHE_KEY));
        for (String path : List.of(dir.toString(), dir.resolve("s3-work").toString(), DEFAULT_WORK_AREA, sources,
                "s3://tasks/")) {
            assertThat(published.holding(path)).as("published objects naming %s", path).isEmpty();
        }
    }
}
