package org.iiifgenerator.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.iiifgenerator.app.ExitCodes;
import org.iiifgenerator.app.PipelineRunner;
import org.iiifgenerator.task.JobFactory;
import org.iiifgenerator.testsupport.CollectionFixture;
import org.iiifgenerator.testsupport.ExampleRoutes;
import org.iiifgenerator.testsupport.Json;
import org.iiifgenerator.testsupport.PresentationSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search-index and catalogue-metadata examples loaded from a user routes folder into a one-shot run: every
 * published manifest reaches the search index, and every manifest lists the extra metadata.
 */
class SearchIndexAndMetadataExamplesTest {

    private static final String CATALOGUE = "https://catalogue.example.org/record";

    @TempDir
    Path dir;

    @Test
    void indexesEveryPublishedManifestAndAddsTheCatalogueLink() throws IOException {
        Path images = CollectionFixture.write(dir);
        Path out = dir.resolve("out");
        Path index = dir.resolve("index");
        Map<String, String> keys = new HashMap<>(Map.of(JobFactory.IMAGES, images.toString(),
                JobFactory.CSV, images.resolveSibling("metadata.csv").toString(), JobFactory.OUTPUT, out.toString(),
                "routes.dir", ExampleRoutes.copy(dir.resolve("routes"), "search-index.camel.yaml",
                        "catalogue-metadata.camel.yaml").toString(),
                "search-index.dir", index.toString(),
                "steps.extra-metadata", "direct:catalogue-metadata", "catalogue.url", CATALOGUE));

        PipelineRunner.Outcome outcome = PipelineRunner.runLocal(keys);

        // The fixture holds a broken page, so the run reports a failure; everything else is published.
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.FAILURES);
        List<String> published = Files.readAllLines(out.resolve("collection/index.jsonl"));
        assertThat(published).isNotEmpty();
        assertThat(Files.readAllLines(index.resolve("search-index.jsonl")))
                .as("one search index record per published manifest, as in index.jsonl")
                .containsExactlyInAnyOrderElementsOf(published);
        PresentationSchema.assertOutputValid(out);
        for (String line : published) {
            JsonNode record = Json.parse(line);
            String identifier = record.path("id").asText();
            assertThat(record.path("metadata").toString()).as(identifier)
                    .contains("{\"label\":\"Catalogue record\",\"value\":\"" + CATALOGUE + "/" + identifier + "\"}");
        }
        try (Stream<Path> files = Files.walk(out)) {
            List<Path> manifests = files.filter(file -> file.endsWith("manifest.json")).toList();
            assertThat(manifests).hasSameSizeAs(published);
            manifests.forEach(manifest -> assertThat(manifest).content().contains("Catalogue record"));
        }
    }
}
