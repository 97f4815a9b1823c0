package org.iiifgenerator.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iiifgenerator.config.SettingsRegistry.CSV;
import static org.iiifgenerator.config.SettingsRegistry.IMAGES;
import static org.iiifgenerator.config.SettingsRegistry.OUTPUT;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.iiifgenerator.app.ExitCodes;
import org.iiifgenerator.app.PipelineRunner;
import org.iiifgenerator.testsupport.CollectionFixture;
import org.iiifgenerator.testsupport.ExampleRoutes;
import org.iiifgenerator.testsupport.Json;
import org.iiifgenerator.testsupport.PresentationSchema;
import org.iiifgenerator.testsupport.RecordingHttpEndpoint;
import org.iiifgenerator.testsupport.RunReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples that attach to a one-shot run, loaded from a user routes folder: every published manifest reaches
 * the search index and lists the extra metadata; the naming rule gives every object its new identifier.
 */
class OneShotRunExamplesTest {

    private static final String CATALOGUE = "https://catalogue.example.org/record";

    @TempDir
    Path dir;

    private Path images;
    private Path out;

    @BeforeEach
    void writeTheCollection() {
        images = CollectionFixture.write(dir);
        out = dir.resolve("out");
    }

    @Test
    void indexesEveryPublishedManifestAndAddsTheCatalogueLink() throws IOException {
        Path index = dir.resolve("index");
        Map<String, String> keys = new HashMap<>(Map.of(IMAGES, images.toString(),
                CSV, images.resolveSibling("metadata.csv").toString(), OUTPUT, out.toString(),
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

    @Test
    void publishesEachObjectUnderTheIdentifierTheRuleGivesIt() throws IOException {
        PipelineRunner.Outcome outcome = PipelineRunner.runLocal(Map.of(IMAGES, images.toString(),
                CSV, images.resolveSibling("metadata.csv").toString(), OUTPUT, out.toString(),
                "routes.dir", ExampleRoutes.copy(dir.resolve("routes"), "url-identifiers.camel.yaml").toString(),
                "steps.identifier", "direct:url-identifier", "identifier.prefix", "ms-"));

        // The fixture holds broken pages, so the run reports failures; everything else is published.
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.FAILURES);
        List<String> identifiers = new ArrayList<>();
        Files.readAllLines(out.resolve("collection/index.jsonl"))
                .forEach(line -> identifiers.add(Json.parse(line).path("id").asText()));
        assertThat(identifiers).containsExactlyInAnyOrder("ms-letters", "ms-atlas", "ms-deck", "ms-pièce-jointe-1",
                "ms-mixed");
        JsonNode manifest = PresentationSchema.assertValid(out.resolve("ms-pièce-jointe-1/manifest.json"));
        assertThat(manifest.path("label").toString()).as("the CSV row of the file it was found as")
                .contains("Une pièce jointe");
        assertThat(manifest.path("items").get(0).path("items").get(0).path("items").get(0).path("body")
                .path("service").get(0).path("id").asText()).endsWith("/tiles/ms-pi%C3%A8ce-jointe-1-1");
        assertThat(out.resolve("tiles/ms-pièce-jointe-1-1/info.json")).isRegularFile();
        assertThat(out.resolve("letters")).as("nothing under the identifier as found").doesNotExist();
        PresentationSchema.assertOutputValid(out);
    }

    @Test
    void theBuildingBlocksPostEachManifestAndFileEachFailedPage() throws IOException {
        Path failures = dir.resolve("failures");
        try (RecordingHttpEndpoint webhook = new RecordingHttpEndpoint(
                request -> new RecordingHttpEndpoint.Answer(200, "{}"))) {
            PipelineRunner.Outcome outcome = PipelineRunner.runLocal(Map.of(IMAGES, images.toString(),
                    CSV, images.resolveSibling("metadata.csv").toString(),
                    OUTPUT, out.toString(),
                    "routes.dir", ExampleRoutes.copy(dir.resolve("routes"), "building-blocks.camel.yaml").toString(),
                    "webhook.url", webhook.endpoint() + "/hook", "failures.dir", failures.toString()));

            assertThat(outcome.exitCode()).isEqualTo(ExitCodes.FAILURES);
            assertThat(webhook.requests()).allSatisfy(post -> {
                assertThat(post.method()).isEqualTo("POST");
                assertThat(post.path()).isEqualTo("/hook");
                assertThat(post.header("Content-Type")).startsWith("application/json");
            });
            assertThat(webhook.requests()).extracting(RecordingHttpEndpoint.Request::body)
                    .as("one post per published manifest, its index.jsonl line")
                    .containsExactlyInAnyOrderElementsOf(Files.readAllLines(out.resolve("collection/index.jsonl")));
        }
        List<String> failedPages = Files.readAllLines(failures.resolve("failed-pages.jsonl"));
        assertThat(failedPages).hasSize((int) outcome(out).path("images").valueStream()
                .filter(image -> image.path("status").asText().equals("failed")).count()).isNotEmpty()
                .allSatisfy(line -> assertThat(Json.parse(line).path("error").asText()).isNotBlank());
    }

    private static JsonNode outcome(Path out) throws IOException {
        return Json.parse(RunReports.read(out));
    }
}
