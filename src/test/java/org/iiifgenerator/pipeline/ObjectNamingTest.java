package org.iiifgenerator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.iiifgenerator.app.ExitCodes;
import org.iiifgenerator.app.PipelineRunner;
import org.iiifgenerator.config.SettingsRegistry;
import org.iiifgenerator.report.ObjectRecord;
import org.iiifgenerator.report.RunReport;
import org.iiifgenerator.testsupport.PresentationSchema;
import org.iiifgenerator.testsupport.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A naming rule (steps.identifier) that fails for some objects: each of those is reported and left out, naming the
 * object and the reason, and the others are published under their new identifiers with their CSV rows.
 */
class ObjectNamingTest {

    /** Catalogue numbers for three folders; a failure, an empty answer and a number already given for the rest. */
    private static final String RULE = """
            - route:
                id: test-catalogue-numbers
                from:
                  uri: direct:catalogue-numbers
                  steps:
                    - choice:
                        when:
                          - simple: "${body} == 'lost'"
                            steps:
                              - throwException:
                                  exceptionType: java.lang.IllegalStateException
                                  message: "no catalogue number for ${body}"
                          - simple: "${body} == 'blank'"
                            steps:
                              - setBody:
                                  constant: " "
                          - simple: "${body} == 'copy'"
                            steps:
                              - setBody:
                                  constant: "MS-1"
                        otherwise:
                          steps:
                            - setBody:
                                simple: "MS-${header.IiifFiles.size()}${body.length()}"
            """;

    @TempDir
    Path dir;

    @Test
    void leavesOutTheObjectsTheRuleCannotNameAndPublishesTheRest() throws IOException {
        Path images = dir.resolve("images");
        TestImages.image(images.resolve("a/p1.jpg"), 300, 200);     // 1 file, name of length 1: MS-11
        TestImages.image(images.resolve("copy/p1.jpg"), 300, 200);  // MS-1, taken by nobody yet
        TestImages.image(images.resolve("bb/p1.jpg"), 300, 200);    // MS-12
        TestImages.image(images.resolve("bb/p2.jpg"), 300, 200);    // ... 2 files: MS-22
        TestImages.image(images.resolve("lost/p1.jpg"), 300, 200);
        TestImages.image(images.resolve("blank/p1.jpg"), 300, 200);
        Files.writeString(dir.resolve("metadata.csv"), """
                identifier,title
                a,Found as a
                MS-22,Catalogued as MS-22
                bb,Found as bb
                """);
        Path routes = Files.createDirectories(dir.resolve("routes"));
        Files.writeString(routes.resolve("catalogue-numbers.camel.yaml"), RULE);
        Path out = dir.resolve("out");

        PipelineRunner.Outcome outcome = PipelineRunner.runLocal(Map.of(SettingsRegistry.IMAGES, images.toString(),
                SettingsRegistry.CSV, dir.resolve("metadata.csv").toString(), SettingsRegistry.OUTPUT, out.toString(),
                "routes.dir", routes.toString(), "steps.identifier", "direct:catalogue-numbers"));

        RunReport report = outcome.report();
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.FAILURES);
        assertThat(report.objects()).extracting(ObjectRecord::identifier)
                .containsExactlyInAnyOrder("MS-11", "MS-1", "MS-22");
        assertThat(report.errors()).anySatisfy(error -> assertThat(error).contains("'lost' is left out",
                "steps.identifier = direct:catalogue-numbers", "no catalogue number for lost"));
        assertThat(report.errors()).anySatisfy(error -> assertThat(error).contains("'blank' is left out",
                "answered with no identifier"));
        assertThat(PresentationSchema.assertValid(out.resolve("MS-11/manifest.json")).path("label").toString())
                .contains("Found as a");
        assertThat(PresentationSchema.assertValid(out.resolve("MS-22/manifest.json")).path("label").toString())
                .as("the row of its new identifier comes first").contains("Catalogued as MS-22");
        assertThat(report.warnings()).as("the row of the identifier as found is not used")
                .anySatisfy(warning -> assertThat(warning).contains("CSV row 'bb' has no images"));
        assertThat(out.resolve("tiles/MS-22-2/info.json")).isRegularFile();
        PresentationSchema.assertOutputValid(out);
    }

    @Test
    void twoObjectsNamedAlikeAreNotPublishedOverEachOther() throws IOException {
        Path images = dir.resolve("images");
        TestImages.image(images.resolve("first/p1.jpg"), 300, 200);
        TestImages.image(images.resolve("second/p1.jpg"), 320, 200);
        Path routes = Files.createDirectories(dir.resolve("routes"));
        Files.writeString(routes.resolve("one-name.camel.yaml"), """
                - route:
                    id: test-one-name
                    from:
                      uri: direct:one-name
                      steps:
                        - setBody:
                            constant: "same"
                """);
        Path out = dir.resolve("out");

        PipelineRunner.Outcome outcome = PipelineRunner.runLocal(Map.of(SettingsRegistry.IMAGES, images.toString(),
                SettingsRegistry.OUTPUT, out.toString(), "routes.dir", routes.toString(),
                "steps.identifier", "direct:one-name"));

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.FAILURES);
        assertThat(outcome.report().objects()).extracting(ObjectRecord::identifier).containsExactly("same");
        assertThat(outcome.report().errors()).anySatisfy(error -> assertThat(error)
                .contains("object 'second' (named 'same' by steps.identifier) would be published under the key "
                        + "'same', which is taken by object 'first' (named 'same' by steps.identifier)"));
        assertThat(out.resolve("tiles/same-1/info.json")).content().as("the first object found keeps the name")
                .contains("\"width\" : 300");
    }
}
