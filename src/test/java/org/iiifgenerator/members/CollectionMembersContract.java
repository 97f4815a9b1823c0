package org.iiifgenerator.members;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.iiifgenerator.iiif.IiifVersion;
import org.iiifgenerator.iiif.image.ImageService;
import org.iiifgenerator.iiif.image.Size;
import org.iiifgenerator.iiif.image.TileFormat;
import org.iiifgenerator.iiif.presentation.Description;
import org.iiifgenerator.iiif.presentation.Provider;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.storage.Storage;
import org.iiifgenerator.testsupport.JitteryStorage;
import org.iiifgenerator.testsupport.Json;
import org.iiifgenerator.testsupport.PresentationSchema;
import org.junit.jupiter.api.Test;

/**
 * What every storage must give a collection that several runs publish into: the union of their objects, each at
 * its latest version, in the documented order, and nothing lost when runs finish at the same moment.
 */
abstract class CollectionMembersContract {

    static final String BASE = "https://iiif.example.org/box1";
    static final CollectionSettings SETTINGS = new CollectionSettings("Box 1", BASE, IiifVersion.V3, "en",
            new Provider("Special Collections", "https://library.example.org", null));
    /** Rounds of runs finishing together; each interleaves its requests differently. */
    static final int ROUNDS = 50;

    /** A new, empty collection root. */
    abstract Storage emptyRoot() throws IOException;

    @Test
    void runsOneAfterAnotherBuildOneCollection() throws IOException {
        Storage root = emptyRoot();
        CollectionMembers collection = new CollectionMembers(root, root, true);

        collection.publish(List.of(member("Folder_19", "Box2_Folder19", "Folder 19", 0)), SETTINGS);
        CollectionSummary summary = collection.publish(List.of(member("Folder_20", "Box2_Folder20", "Folder 20", 1),
                member("Folder_21", "Box2_Folder21", "Folder 21", 2)), SETTINGS);

        assertThat(listed(root)).containsExactly("Folder 19", "Folder 20", "Folder 21");
        assertThat(indexIds(root)).containsExactly("Folder_19", "Folder_20", "Folder_21");
        assertThat(summary.members()).isEqualTo(3);
        assertThat(summary.pages()).isEqualTo(6);
        assertThat(summary.bytes()).isEqualTo(3 * 1000L);
        assertThat(summary.runs()).containsEntry("Box2_Folder19", 1L).containsEntry("Box2_Folder20", 1L);
        assertThat(Json.parse(root.read(OutputLayout.SUMMARY_KEY)).path("members").asInt()).isEqualTo(3);
    }

    @Test
    void anObjectPublishedAgainReplacesOnlyItsOwnEntry() throws IOException {
        Storage root = emptyRoot();
        CollectionMembers collection = new CollectionMembers(root, root, true);
        collection.publish(List.of(member("Folder_19", "A", "Folder 19", 0), member("Folder_20", "B", "Folder 20", 1)),
                SETTINGS);

        collection.publish(List.of(member("Folder_19", "A again", "Folder 19, revised", 0)), SETTINGS);

        assertThat(listed(root)).containsExactly("Folder 19, revised", "Folder 20");
        assertThat(collection.summary().orElseThrow().runs()).containsOnlyKeys("A_again", "B");
    }

    @Test
    void aRerunThatChangesNothingLeavesTheLastChangeWhereItWas() throws IOException, InterruptedException {
        Storage root = emptyRoot();
        CollectionMembers collection = new CollectionMembers(root, root, true);
        Member first = member("Folder_19", "A", "Folder 19", 0);
        String lastChange = collection.publish(List.of(first), SETTINGS).lastChange();
        byte[] record = root.read(OutputLayout.memberKey(first.key()));
        Thread.sleep(5);

        collection.publish(List.of(member("Folder_19", "A", "Folder 19", 0)), SETTINGS);

        assertThat(collection.summary().orElseThrow().lastChange()).isEqualTo(lastChange);
        assertThat(root.read(OutputLayout.memberKey(first.key()))).isEqualTo(record);
    }

    @Test
    void membersFollowTheirCsvsRowsThenTheNaturalOrderOfTheOthers() throws IOException {
        Storage root = emptyRoot();

        new CollectionMembers(root, root, true).publish(List.of(
                member("p10", "r", "p10", null), member("Box10 first", "r", "Box10 first", 0, "box10.csv"),
                member("Box2 second", "r", "Box2 second", 1, "box2.csv"), member("p2", "r", "p2", null),
                member("Box2 first", "r", "Box2 first", 0, "box2.csv")), SETTINGS);

        assertThat(listed(root)).containsExactly("Box2 first", "Box2 second", "Box10 first", "p2", "p10");
    }

    @Test
    void removingMembersTakesOutThoseAndNoOther() throws IOException {
        Storage root = emptyRoot();
        CollectionMembers collection = new CollectionMembers(root, root, true);
        collection.publish(List.of(member("a", "r", "A", 0), member("b", "r", "B", 1), member("c", "r", "C", 2)),
                SETTINGS);

        CollectionSummary summary = collection.remove(List.of(member("b", "r", "B", 1)), SETTINGS);

        assertThat(listed(root)).containsExactly("A", "C");
        assertThat(summary.members()).isEqualTo(2);
        assertThat(root.exists(OutputLayout.memberKey("b"))).isFalse();
    }

    /**
     * Three runs of three objects each finish together, {@value #ROUNDS} times, each request of each run delayed
     * at random: every round's collection lists all nine, and every document is whole and valid.
     */
    @Test
    void runsFinishingTogetherLoseNoObject() throws Exception {
        ExecutorService runs = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Storage root = new JitteryStorage(emptyRoot(), 3000);
                List<Callable<CollectionSummary>> tasks = new ArrayList<>();
                for (int run = 0; run < 3; run++) {
                    List<Member> folder = new ArrayList<>();
                    for (int object = 0; object < 3; object++) {
                        int row = run * 3 + object;
                        folder.add(member("Folder_" + row, "Folder_" + run, "Folder " + row, row));
                    }
                    tasks.add(() -> new CollectionMembers(root, root, true).publish(folder, SETTINGS));
                }
                for (Future<CollectionSummary> finished : runs.invokeAll(tasks)) {
                    finished.get();
                }

                List<String> expected = IntStream.range(0, 9).mapToObj(n -> "Folder " + n).toList();
                assertThat(listed(root)).as("round %d: the collection", round).containsExactlyElementsOf(expected);
                assertThat(indexIds(root)).as("round %d: index.jsonl", round).hasSize(9);
                assertThat(Json.parse(root.read(OutputLayout.SUMMARY_KEY)).path("members").asInt())
                        .as("round %d: the summary", round).isEqualTo(9);
            }
        } finally {
            runs.shutdownNow();
        }
    }

    static Member member(String identifier, String run, String label, Integer row) {
        return member(identifier, run, label, row, row == null ? null : "box2.csv");
    }

    static Member member(String identifier, String run, String label, Integer row, String csv) {
        ImageService cover = new ImageService(BASE + "/tiles/" + identifier + "-1", IiifVersion.V3, 1400, 1000, 256,
                List.of(1, 2, 4, 8), List.of(new Size(175, 125), new Size(350, 250)), new Size(1400, 1000),
                TileFormat.JPG);
        return new Member(identifier, identifier.replace(' ', '_'), csv, row, run.replace(' ', '_'),
                java.time.Instant.now().toString(), 2, 1000, 1,
                new Description(label, null, null, null, null, List.of()), cover);
    }

    /** The labels of the Collection's manifests, in order; the Collection is valid Presentation 3. */
    static List<String> listed(Storage root) throws IOException {
        JsonNode collection = PresentationSchema.assertValid(root.read(OutputLayout.COLLECTION_KEY), "top.json");
        List<String> labels = new ArrayList<>();
        collection.path("items").forEach(item -> {
            assertThat(item.path("id").asText()).startsWith(BASE + "/").endsWith("/manifest.json");
            labels.add(item.path("label").path("en").get(0).asText());
        });
        return labels;
    }

    static List<String> indexIds(Storage root) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String line : new String(root.read(OutputLayout.INDEX_KEY), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                ids.add(Json.parse(line.getBytes(StandardCharsets.UTF_8)).path("id").asText());
            }
        }
        return ids;
    }
}
