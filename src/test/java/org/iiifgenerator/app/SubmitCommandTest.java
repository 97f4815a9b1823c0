package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iiifgenerator.testsupport.S3ProxyExtension;
import org.iiifgenerator.testsupport.S3ProxyServer;
import org.iiifgenerator.testsupport.TaskBuckets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/** iiif-generator submit against a real S3 protocol server: checked here, uploaded, followed to its outcome. */
class SubmitCommandTest {

    private static final List<String> SETTINGS = List.of("aws.endpoint", "aws.path-style", "aws.region");

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.s3proxyForTheApplication();

    @TempDir
    static Path dir;

    private static S3Client s3;

    @BeforeAll
    static void configureTheApplication() {
        s3 = S3.server().clients().sync();
        System.setProperty("aws.endpoint", S3.server().endpoint().toString());
        System.setProperty("aws.path-style", "true");
        System.setProperty("aws.region", S3ProxyServer.REGION);
        S3.server().bucket("tasks");
        S3.server().bucket("dest");
        TaskBuckets.uploadObject(s3, S3.server().bucket("src"), dir, Map.of("p1.jpg", 300));
    }

    @AfterAll
    static void forgetTheSettings() {
        SETTINGS.forEach(System::clearProperty);
    }

    @Test
    void aValidTaskIsUploadedUnderTheTaskPrefixAndItsOutcomeAwaited() throws Exception {
        Path task = Files.writeString(dir.resolve("box 1.json"), TaskBuckets.task("src", "dest", Map.of()));
        // What the trigger or the container would do once the file is there.
        Thread container = Thread.ofPlatform().daemon().start(() -> {
            try {
                while (!TaskBuckets.exists(s3, "tasks", "incoming/box 1.json")) {
                    Thread.sleep(100);
                }
                TaskBuckets.put(s3, "tasks", "incoming/processed/box 1.json.outcome.json",
                        "{\"task\":\"s3://tasks/incoming/box 1.json\",\"status\":\"submitted\",\"jobs\":[\"job-7\"]}");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        Run run = submit(task.toString(), "--tasks-bucket", "tasks", "--tasks-prefix", "incoming/", "--wait", "1");

        container.join();
        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.OK);
        assertThat(TaskBuckets.read(s3, "tasks", "incoming/box 1.json")).isEqualTo(Files.readString(task));
        assertThat(run.output()).contains("Uploaded", "s3://tasks/incoming/box 1.json", "\"status\" : \"submitted\"",
                "job-7");
    }

    @Test
    void aTaskWhoseImagesOrCsvAreMissingIsRefusedHereAndNotUploaded() throws Exception {
        Map<String, String> wrong = new HashMap<>();
        wrong.put("ACCESS_DIR", "Coll_1/Box1/Nothing_here/Access");
        wrong.put("CSV_NAME", "missing.csv");
        Path task = Files.writeString(dir.resolve("wrong.json"), TaskBuckets.task("src", "dest", wrong));

        Run run = submit(task.toString(), "--tasks-bucket", "tasks");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(TaskBuckets.exists(s3, "tasks", "wrong.json")).isFalse();
    }

    private record Run(int exitCode, String output) {
    }

    private static Run submit(String... args) {
        PrintStream console = System.out;
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        System.setOut(new PrintStream(output, true, StandardCharsets.UTF_8));
        try {
            List<String> command = new ArrayList<>(List.of("submit"));
            command.addAll(List.of(args));
            int code = IiifGenerator.commandLine().execute(command.toArray(String[]::new));
            return new Run(code, output.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(console);
        }
    }
}
