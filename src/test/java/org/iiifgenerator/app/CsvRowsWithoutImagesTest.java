package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iiifgenerator.report.RunReport;
import org.iiifgenerator.testsupport.ApplicationOnS3Proxy;
import org.iiifgenerator.testsupport.Json;
import org.iiifgenerator.testsupport.LogCapture;
import org.iiifgenerator.testsupport.RunReports;
import org.iiifgenerator.testsupport.S3ProxyExtension;
import org.iiifgenerator.testsupport.S3ProxyServer;
import org.iiifgenerator.testsupport.TaskBuckets;
import org.iiifgenerator.testsupport.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The seed keeps one CSV per box and runs one task per folder, so a task's CSV has rows for folders other tasks
 * publish: one line with their count, not a warning each. A local run was given the whole folder, so such a row
 * is worth a warning each. Without a CSV, one line for all objects.
 */
class CsvRowsWithoutImagesTest {

    private static final String BOX_CSV = "identifier,title\n" + TaskBuckets.OBJECT + ",Folder A\n"
            + "Folder_B,Folder B\nFolder_C,Folder C\n";

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
        ApplicationOnS3Proxy.pointAt(server, dir.resolve("work"));
    }

    @AfterAll
    static void forgetTheSettings() {
        ApplicationOnS3Proxy.forget();
    }

    @Test
    void aTaskCountsTheRowsOfTheFoldersOtherTasksPublishInOneLineAndListsThemInTheReport() throws IOException {
        String source = server.bucket("src-box");
        String destination = server.bucket("dest-box");
        TaskBuckets.uploadObject(s3, source, dir, Map.of("p1.jpg", 300));
        TaskBuckets.put(s3, source, TaskBuckets.CSV_PATH + "/" + TaskBuckets.CSV_NAME, BOX_CSV);
        Path task = Files.writeString(dir.resolve("folder-a.json"), TaskBuckets.task(source, destination,
                Map.of("RECORDS", server.recordsPlace())));

        List<String> lines;
        try (LogCapture log = LogCapture.withNotes(RunReport.class)) {
            assertThat(command("batch", "--task", task.toString())).isEqualTo(ExitCodes.OK);
            lines = log.lines();
        }

        assertThat(lines).as("the log").filteredOn(line -> line.contains("CSV row"))
                .containsExactly("INFO 2 CSV rows (coll.csv) have no images in this task: their folders are "
                        + "published by other tasks (the run's report lists them as csvRowsWithoutImages)");
        assertThat(lines).as("no line per row").noneMatch(line -> line.contains("Folder_B"));
        JsonNode report = Json.parse(RunReports.read(s3, destination, TaskBuckets.ROOT));
        assertThat(strings(report.path("csvRowsWithoutImages"))).containsExactly("Folder_B", "Folder_C");
        assertThat(report.path("warnings").toString()).doesNotContain("Folder_B", "Folder_C");
        assertThat(report.path("status").asText()).isEqualTo("succeeded");
    }

    @Test
    void aLocalRunOfTheWholeFolderWarnsAboutEachRowWithoutImages() throws IOException {
        Path images = dir.resolve("local-images");
        TestImages.image(images.resolve("a.jpg"), 300, 200);
        TestImages.image(images.resolve("b.jpg"), 300, 200);
        Path csv = Files.writeString(dir.resolve("local.csv"), "identifier,title\na,A\nb,B\nbb,Typo\nghost,Ghost\n");
        Path out = dir.resolve("local-out");

        List<String> lines;
        try (LogCapture log = LogCapture.withNotes(RunReport.class)) {
            assertThat(command("local", "--images", images.toString(), "--csv", csv.toString(), "--out",
                    out.toString())).isEqualTo(ExitCodes.OK);
            lines = log.lines();
        }

        assertThat(lines).filteredOn(line -> line.contains("CSV row")).containsExactly(
                "WARNING CSV row 'bb' has no images in " + images + "; nothing is published for it",
                "WARNING CSV row 'ghost' has no images in " + images + "; nothing is published for it");
        JsonNode report = Json.parse(RunReports.read(out));
        assertThat(strings(report.path("csvRowsWithoutImages"))).containsExactly("bb", "ghost");
        assertThat(report.path("warnings")).hasSize(2);
    }

    @Test
    void aLocalRunWithoutCsvSaysSoInOneLine() throws IOException {
        Path images = dir.resolve("no-csv-images");
        for (String object : List.of("a", "b", "c")) {
            TestImages.image(images.resolve(object + ".jpg"), 300, 200);
        }
        Path out = dir.resolve("no-csv-out");

        List<String> lines;
        try (LogCapture log = LogCapture.withNotes(RunReport.class)) {
            assertThat(command("local", "--images", images.toString(), "--out", out.toString()))
                    .isEqualTo(ExitCodes.OK);
            lines = log.lines();
        }

        assertThat(lines).filteredOn(line -> line.contains("CSV")).containsExactly(
                "INFO no CSV given: 3 objects are published with their identifiers as labels");
        assertThat(Json.parse(RunReports.read(out)).path("warnings")).isEmpty();
    }

    @Test
    void aTaskWithoutCsvSaysSoInOneLine() throws IOException {
        String source = server.bucket("src-no-csv");
        String destination = server.bucket("dest-no-csv");
        TaskBuckets.uploadObject(s3, source, dir, Map.of("p1.jpg", 300));
        Map<String, String> noCsv = new HashMap<>();
        noCsv.put("CSV_PATH", null);
        noCsv.put("CSV_NAME", null);
        noCsv.put("RECORDS", server.recordsPlace());
        Path task = Files.writeString(dir.resolve("no-csv.json"), TaskBuckets.task(source, destination, noCsv));

        List<String> lines;
        try (LogCapture log = LogCapture.withNotes(RunReport.class)) {
            assertThat(command("batch", "--task", task.toString())).isEqualTo(ExitCodes.OK);
            lines = log.lines();
        }

        assertThat(lines).filteredOn(line -> line.contains("CSV")).containsExactly(
                "INFO no CSV given: 1 object is published with its identifier as label");
        JsonNode report = Json.parse(RunReports.read(s3, destination, TaskBuckets.ROOT));
        assertThat(report.path("warnings")).isEmpty();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static int command(String... args) {
        return IiifGenerator.commandLine().execute(args);
    }
}
