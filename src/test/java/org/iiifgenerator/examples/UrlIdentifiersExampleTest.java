package org.iiifgenerator.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The url-identifiers example as the naming rule of a one-shot run: every object is published under its new
 * identifier, with the CSV row of the folder it was found in.
 */
class UrlIdentifiersExampleTest {

    @TempDir
    Path dir;

    @Test
    void publishesEachObjectUnderTheIdentifierTheRuleGivesIt() throws IOException {
        Path images = CollectionFixture.write(dir);
        Path out = dir.resolve("out");

        PipelineRunner.Outcome outcome = PipelineRunner.runLocal(Map.of(JobFactory.IMAGES, images.toString(),
                JobFactory.CSV, images.resolveSibling("metadata.csv").toString(), JobFactory.OUTPUT, out.toString(),
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
}
