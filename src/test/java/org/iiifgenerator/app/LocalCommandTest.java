package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iiifgenerator.testsupport.Json;
import org.iiifgenerator.testsupport.PresentationSchema;
import org.iiifgenerator.testsupport.RunReports;
import org.iiifgenerator.testsupport.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as users and AWS Batch see it: what it publishes and the exit code it ends with. */
class LocalCommandTest {

    @TempDir
    Path dir;

    @Test
    void exitsZeroWhenEverythingIsPublished() {
        Path images = dir.resolve("images");
        TestImages.image(images.resolve("a.jpg"), 300, 200);
        Path out = dir.resolve("out");

        int code = local("--images", images.toString(), "--out", out.toString(),
                "--base-url", "https://iiif.example.org/x/", "--tile-size", "128");

        assertThat(code).isEqualTo(ExitCodes.OK);
        PresentationSchema.assertOutputValid(out);
        assertThat(out.resolve("tiles/a-1/info.json")).content().contains("\"id\" : \"https://iiif.example.org/x/tiles/a-1\"")
                .contains("\"width\" : 128");
    }

    @Test
    void exitsOneWhenAnImageFailsAndStillPublishesTheRest() {
        Path images = dir.resolve("images");
        TestImages.image(images.resolve("good.jpg"), 300, 200);
        TestImages.notAnImage(images.resolve("bad.jpg"));
        Path out = dir.resolve("out");

        int code = local("--images", images.toString(), "--out", out.toString());

        assertThat(code).isEqualTo(ExitCodes.FAILURES);
        assertThat(out.resolve("good/manifest.json")).isRegularFile();
        PresentationSchema.assertOutputValid(out);
        assertThat(RunReports.text(out)).contains("bad.jpg", "\"status\" : \"failed\"");
    }

    @Test
    void aDecompressionBombIsRefusedUndecodedAndTheRestPublished() {
        Path images = dir.resolve("images");
        TestImages.image(images.resolve("good.jpg"), 300, 200);
        TestImages.pngClaiming(images.resolve("bomb.png"), 100_000, 100_000);
        Path out = dir.resolve("out");

        int code = local("--images", images.toString(), "--out", out.toString());

        assertThat(code).isEqualTo(ExitCodes.FAILURES);
        assertThat(out.resolve("good/manifest.json")).isRegularFile();
        PresentationSchema.assertOutputValid(out);
        assertThat(RunReports.text(out))
                .contains("bomb.png is 100000 x 100000 pixels (10000 megapixels), more than iiif.max-megapixels");
        assertThat(out.resolve("tiles/bomb-1")).doesNotExist();
    }

    @Test
    void exitsTwoAndWritesNothingWhenTheInputIsInvalid() {
        Path out = dir.resolve("out");

        assertThat(local("--images", dir.resolve("missing").toString(), "--out", out.toString()))
                .as("missing images folder").isEqualTo(ExitCodes.INVALID);
        assertThat(local("--images", dir.toString(), "--out", out.toString(), "--base-url", "ftp://x"))
                .as("base URL that is not http(s)").isEqualTo(ExitCodes.INVALID);
        assertThat(local("--images", dir.toString(), "--out", out.toString(), "--tile-format", "gif"))
                .as("unknown tile format").isEqualTo(ExitCodes.INVALID);
        assertThat(local("--images", dir.toString()))
                .as("missing required option").isEqualTo(ExitCodes.INVALID);
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void exitsTwoWhenTheCsvHasNoIdentifierColumn() throws Exception {
        Path images = dir.resolve("images");
        TestImages.image(images.resolve("a.jpg"), 100, 100);
        Path csv = Files.writeString(dir.resolve("meta.csv"), "id,title\na,A\n");
        Path out = dir.resolve("out");

        assertThat(local("--images", images.toString(), "--csv", csv.toString(), "--out", out.toString()))
                .isEqualTo(ExitCodes.INVALID);
        assertThat(out.resolve("a/manifest.json")).doesNotExist();
    }

    @Test
    void formulaLikeCellsAreCopiedAsTheTextTheyAre() throws Exception {
        Path images = dir.resolve("images");
        TestImages.image(images.resolve("a.jpg"), 100, 100);
        String formula = "=cmd|' /C calc'!A0";
        String csvText = "identifier,title,note,total\na,\"" + formula.replace("\"", "\"\"") + "\",@SUM(A1:A2),+1+1\n";
        Path csv = Files.writeString(dir.resolve("meta.csv"), csvText);
        Path out = dir.resolve("out");

        assertThat(local("--images", images.toString(), "--csv", csv.toString(), "--out", out.toString()))
                .isEqualTo(ExitCodes.OK);

        JsonNode manifest = PresentationSchema.assertValid(out.resolve("a/manifest.json"));
        assertThat(manifest.path("label").path("none").get(0).asText()).isEqualTo(formula);
        assertThat(manifest.path("metadata").toString()).contains("@SUM(A1:A2)", "+1+1");
        assertThat(Json.parse(Files.readString(out.resolve("collection/index.jsonl")).strip()).path("label")
                .toString()).contains(formula);
        assertThat(out.resolve("collection/meta.csv")).as("the published copy is the file as given")
                .hasBinaryContent(Files.readAllBytes(csv));
    }

    @Test
    void theIndexAndTheCsvCopyAreLeftOutWhenSwitchedOffAndTheRunRecordsPublishedOnlyWhenAsked() throws Exception {
        Path images = dir.resolve("images");
        TestImages.image(images.resolve("a.jpg"), 300, 200);
        Path csv = Files.writeString(dir.resolve("meta.csv"), "identifier,title\na,Letter\n");
        Path out = dir.resolve("out");
        String[] publish = {"--images", images.toString(), "--csv", csv.toString(), "--out", out.toString()};
        assertThat(local(publish)).isEqualTo(ExitCodes.OK);
        assertThat(out.resolve("collection/index.jsonl")).isRegularFile();
        assertThat(out.resolve("collection/meta.csv")).isRegularFile();
        assertThat(out.resolve("collection/reports")).doesNotExist();

        System.setProperty("iiif.publish-index", "false");
        System.setProperty("iiif.publish-csv", "false");
        try {
            assertThat(local(publish)).isEqualTo(ExitCodes.OK);
        } finally {
            System.clearProperty("iiif.publish-index");
            System.clearProperty("iiif.publish-csv");
        }
        assertThat(out.resolve("collection/index.jsonl")).as("the earlier run's, removed").doesNotExist();
        assertThat(out.resolve("collection/meta.csv")).as("the earlier run's, removed").doesNotExist();
        PresentationSchema.assertOutputValid(out);

        String[] published = {"--images", images.toString(), "--out", out.toString(), "--publish-records"};
        assertThat(local(published)).isEqualTo(ExitCodes.OK);
        assertThat(out.resolve("collection/reports/images.json")).isRegularFile();
        assertThat(out.resolve("collection/provenance/tiles/a-1.json")).isRegularFile();
    }

    private static int local(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "local";
        System.arraycopy(args, 0, command, 1, args.length);
        return IiifGenerator.commandLine().execute(command);
    }
}
