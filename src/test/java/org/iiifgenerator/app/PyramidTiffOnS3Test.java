package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.iiifgenerator.testsupport.ApplicationOnS3Proxy;
import org.iiifgenerator.testsupport.Reruns;
import org.iiifgenerator.testsupport.RunReports;
import org.iiifgenerator.testsupport.S3ProxyExtension;
import org.iiifgenerator.testsupport.S3ProxyServer;
import org.iiifgenerator.testsupport.StoredObjects;
import org.iiifgenerator.testsupport.TaskBuckets;
import org.iiifgenerator.testsupport.VipsCli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/** A task with PYRAMID_TIFF=tiles+tiff publishes each page's pyramidal TIFF to the bucket, once. */
class PyramidTiffOnS3Test {

    private static final StoredObjects STORED = StoredObjects.inMemory();

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.s3proxyForTheApplication(STORED);

    @TempDir
    static Path dir;

    private static S3Client s3;

    @BeforeAll
    static void sourceBucket() {
        S3ProxyServer server = S3.server();
        s3 = server.clients().sync();
        ApplicationOnS3Proxy.pointAt(server, dir.resolve("work"));
        TaskBuckets.uploadObject(s3, server.bucket("src"), dir, Map.of("p1.jpg", 900, "p2.jpg", 700));
        server.bucket("tasks");
    }

    @AfterAll
    static void forgetTheSettings() {
        ApplicationOnS3Proxy.forget();
    }

    @Test
    void eachPageHasItsTiffInTheBucketAndARerunUploadsNoneAgain() throws Exception {
        String destination = S3.server().bucket("published");
        String tiffs = TaskBuckets.ROOT + "/tiff/";

        assertThat(publish(destination)).isEqualTo(ExitCodes.OK);

        List<String> published = STORED.keysOf(destination).stream().filter(key -> key.startsWith(tiffs)).toList();
        assertThat(published).containsExactlyInAnyOrder(tiffs + TaskBuckets.OBJECT + "-1.tif",
                tiffs + TaskBuckets.OBJECT + "-2.tif");
        String first = tiffs + TaskBuckets.OBJECT + "-1.tif";
        assertThat(s3.headObject(r -> r.bucket(destination).key(first)).contentType()).isEqualTo("image/tiff");
        Path downloaded = Files.write(dir.resolve("downloaded.tif"),
                s3.getObjectAsBytes(r -> r.bucket(destination).key(first)).asByteArray());
        assertThat(VipsCli.run("vipsheader", "-a", downloaded.toString())).contains("width: 900", "height: 400")
                .containsPattern("(?m)^n-pages: 3$");
        int firstRunWrites = STORED.keysOf(destination).size();

        assertThat(publish(destination)).isEqualTo(ExitCodes.OK);

        assertThat(Reruns.statuses(RunReports.read(s3, destination, TaskBuckets.ROOT).getBytes(StandardCharsets.UTF_8))
                .values()).containsOnly("unchanged");
        assertThat(STORED.keysOf(destination).subList(firstRunWrites, STORED.keysOf(destination).size()))
                .as("written again").noneMatch(key -> key.startsWith(tiffs));
    }

    private static int publish(String destination) {
        TaskBuckets.put(s3, "tasks", destination + ".json",
                TaskBuckets.task("src", destination, Map.of("PYRAMID_TIFF", "tiles+tiff")));
        return IiifGenerator.commandLine().execute("batch", "--task", "s3://tasks/" + destination + ".json");
    }
}
