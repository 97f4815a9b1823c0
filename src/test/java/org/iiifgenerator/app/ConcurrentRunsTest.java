package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.testsupport.ChildProcess;
import org.iiifgenerator.testsupport.Json;
import org.iiifgenerator.testsupport.PresentationSchema;
import org.iiifgenerator.testsupport.RunRecords;
import org.iiifgenerator.testsupport.TestImages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes publishing two folders into one output folder at the same moment, as two AWS Batch jobs of one
 * box can: the collection lists the objects of both, each run keeps its report, and every document is valid.
 */
class ConcurrentRunsTest {

    private static final String BASE = "https://iiif.example.org/box";

    @TempDir
    Path dir;

    /** The second run starts a little later each time, so that they finish in other orders. */
    @ParameterizedTest(name = "second run {0} ms later")
    @ValueSource(ints = {0, 150, 400})
    void twoRunsIntoOneFolderAtOnceLoseNothing(int delay) throws Exception {
        Path out = dir.resolve("out");
        Path folder19 = folder("Folder_19", "a", "b");
        Path folder20 = folder("Folder_20", "c", "d");

        try (ChildProcess first = ChildProcess.start(Map.of(), arguments(folder19, out))) {
            Thread.sleep(delay);
            try (ChildProcess second = ChildProcess.start(Map.of(), arguments(folder20, out))) {
                ChildProcess.Result one = first.finish();
                ChildProcess.Result two = second.finish();
                assertThat(one.exitCode()).as(one.output()).isEqualTo(ExitCodes.OK);
                assertThat(two.exitCode()).as(two.output()).isEqualTo(ExitCodes.OK);
            }
        }

        JsonNode collection = PresentationSchema.assertValid(out.resolve(OutputLayout.COLLECTION_KEY));
        List<String> listed = new ArrayList<>();
        collection.path("items").forEach(item -> listed.add(item.path("id").asText()));
        assertThat(listed).containsExactly(BASE + "/a/manifest.json", BASE + "/b/manifest.json",
                BASE + "/c/manifest.json", BASE + "/d/manifest.json");
        assertThat(Files.readAllLines(out.resolve(OutputLayout.INDEX_KEY))).hasSize(4);
        assertThat(Json.parse(Files.readAllBytes(out.resolve(OutputLayout.SUMMARY_KEY))).path("members").asInt())
                .isEqualTo(4);
        try (Stream<Path> reports = Files.list(RunRecords.of(out).resolve(OutputLayout.REPORTS_FOLDER))) {
            assertThat(reports.map(report -> report.getFileName().toString()))
                    .containsExactlyInAnyOrder("Folder_19.json", "Folder_20.json");
        }
        PresentationSchema.assertOutputValid(out);
    }

    private Path folder(String name, String... objects) {
        Path folder = dir.resolve(name);
        int seed = 0;
        for (String object : objects) {
            TestImages.image(folder.resolve(object + "/p1.jpg"), 900, 700, ++seed);
            TestImages.image(folder.resolve(object + "/p2.jpg"), 700, 900, ++seed);
        }
        return folder;
    }

    private static String[] arguments(Path images, Path out) {
        return new String[] {"local", "--images", images.toString(), "--out", out.toString(), "--base-url", BASE,
                "--collection-id", "box"};
    }
}
