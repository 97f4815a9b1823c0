package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.iiifgenerator.testsupport.ChildProcess;
import org.iiifgenerator.testsupport.Json;
import org.iiifgenerator.testsupport.PresentationSchema;
import org.iiifgenerator.testsupport.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalogue's CSV as docs/input.md documents it, published by `local` in a JVM of its own with the provider in the
 * environment: what the manifests say in either Presentation version, and that a bad value costs only itself.
 */
class ManifestStructureTest {

    private static final String BASE_URL = "https://iiif.example.org/letters";
    private static final Map<String, String> PROVIDER = Map.of("IIIF_PROVIDER_LABEL", "Example Library",
            "IIIF_PROVIDER_HOMEPAGE", "https://lib.example.org/", "IIIF_PROVIDER_LOGO", "https://lib.example.org/logo.png");

    @TempDir
    Path dir;

    private Path images;
    private Path csv;

    @BeforeEach
    void aCatalogue() throws IOException {
        images = dir.resolve("images");
        for (int page = 1; page <= 3; page++) {
            TestImages.image(images.resolve("letter").resolve("p" + page + ".png"), 300, 400, page);
        }
        TestImages.image(images.resolve("sketch.jpg"), 400, 300);
        csv = Files.writeString(dir.resolve("metadata.csv"), """
                identifier,page,title,behavior,viewingDirection,homepage,seeAlso,rendering
                letter,,A letter,paged,right-to-left,https://lib.example.org/letter,https://lib.example.org/letter.xml,https://lib.example.org/letter.pdf
                letter,1,Cover,,,,,
                letter,p3.png,Back,,,,,
                letter,1-3,The letter,,,,,
                letter,2-3,Inside,,,,,
                sketch,,A sketch,book,sideways,lib.example.org/sketch,,
                letter,9,Nowhere,,,,,
                """);
    }

    @Test
    void version3ManifestsCarryTheCsvsStructureLinksAndTheProviderAndValidate() throws Exception {
        Path out = dir.resolve("out");

        ChildProcess.Result run = ChildProcess.run(PROVIDER, "local", "--images", images.toString(), "--csv",
                csv.toString(), "--out", out.toString(), "--base-url", BASE_URL);

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.OK);
        PresentationSchema.assertOutputValid(out);
        JsonNode letter = Json.parse(Files.readString(out.resolve("letter/manifest.json")));
        assertThat(letter.path("behavior")).isEqualTo(Json.parse("[\"paged\"]"));
        assertThat(letter.path("viewingDirection").asText()).isEqualTo("right-to-left");
        assertThat(letter.at("/homepage/0/id").asText()).isEqualTo("https://lib.example.org/letter");
        assertThat(letter.at("/seeAlso/0/format").asText()).isEqualTo("application/xml");
        assertThat(letter.at("/rendering/0/label/en/0").asText()).isEqualTo("Download PDF");
        assertThat(letter.at("/provider/0/id").asText()).isEqualTo("https://lib.example.org/");
        assertThat(letter.at("/provider/0/logo/0/id").asText()).isEqualTo("https://lib.example.org/logo.png");
        assertThat(letter.at("/partOf/0/id").asText()).isEqualTo(BASE_URL + "/collection/top.json");
        assertThat(letter.path("items")).extracting(canvas -> canvas.at("/label/none/0").asText())
                .containsExactly("Cover", "p. 2", "Back");
        assertThat(letter.at("/structures/0/label/none/0").asText()).isEqualTo("The letter");
        assertThat(letter.at("/structures/0/items")).extracting(item -> item.path("id").asText()).containsExactly(
                BASE_URL + "/letter/canvas/p1", BASE_URL + "/letter/range/r1-2");
        assertThat(letter.at("/structures/0/items/1/items")).extracting(item -> item.path("id").asText())
                .containsExactly(BASE_URL + "/letter/canvas/p2", BASE_URL + "/letter/canvas/p3");
        assertThat(Json.parse(Files.readString(out.resolve("collection/top.json"))).at("/provider/0/label/none/0")
                .asText()).isEqualTo("Example Library");
        assertBadValuesCostOnlyThemselves(run, out);
    }

    @Test
    void version2ManifestsCarryTheirEquivalents() throws Exception {
        Path out = dir.resolve("out");

        ChildProcess.Result run = ChildProcess.run(PROVIDER, "local", "--images", images.toString(), "--csv",
                csv.toString(), "--out", out.toString(), "--base-url", BASE_URL, "--iiif-version", "2");

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.OK);
        JsonNode letter = Json.parse(Files.readString(out.resolve("letter/manifest.json")));
        assertThat(letter.path("@context").asText()).isEqualTo("http://iiif.io/api/presentation/2/context.json");
        assertThat(letter.path("viewingHint").asText()).isEqualTo("paged");
        assertThat(letter.path("viewingDirection").asText()).isEqualTo("right-to-left");
        assertThat(letter.at("/related/0/@id").asText()).isEqualTo("https://lib.example.org/letter");
        assertThat(letter.at("/seeAlso/0/@id").asText()).isEqualTo("https://lib.example.org/letter.xml");
        assertThat(letter.at("/rendering/0/format").asText()).isEqualTo("application/pdf");
        assertThat(letter.path("logo").asText()).isEqualTo("https://lib.example.org/logo.png");
        assertThat(letter.path("within").asText()).isEqualTo(BASE_URL + "/collection/top.json");
        assertThat(letter.at("/sequences/0/canvases")).extracting(canvas -> canvas.path("label").asText())
                .containsExactly("Cover", "p. 2", "Back");
        JsonNode structures = letter.path("structures");
        assertThat(structures).extracting(range -> range.path("label").asText())
                .containsExactly("Contents", "The letter", "Inside");
        assertThat(structures.path(0).path("viewingHint").asText()).isEqualTo("top");
        assertThat(structures.path(1).path("canvases")).extracting(JsonNode::asText)
                .containsExactly(BASE_URL + "/letter/canvas/p1");
        assertThat(structures.path(1).path("ranges")).extracting(JsonNode::asText)
                .containsExactly(BASE_URL + "/letter/range/r1-2");
        assertThat(structures.path(2).path("canvases")).hasSize(2);
        assertBadValuesCostOnlyThemselves(run, out);
    }

    /**
     * The sketch's bad values are named, file, line and column, and left out; the sketch is still published. So
     * is a page row naming a page the letter does not have.
     */
    private void assertBadValuesCostOnlyThemselves(ChildProcess.Result run, Path out) throws IOException {
        String where = csv + " line 7, column ";
        assertThat(run.output()).contains(
                where + "behavior: 'book' is not one of paged, individuals, continuous; object 'sketch' is "
                        + "published without it",
                where + "viewingDirection: 'sideways' is not one of left-to-right, right-to-left, top-to-bottom, "
                        + "bottom-to-top; object 'sketch' is published without it",
                where + "homepage: 'lib.example.org/sketch' is not an http:// or https:// URL",
                csv + " line 8, column page: object 'letter' has no page '9' (it has 3 pages");
        JsonNode sketch = Json.parse(Files.readString(out.resolve("sketch/manifest.json")));
        assertThat(sketch.fieldNames()).toIterable().contains("label")
                .doesNotContain("behavior", "viewingHint", "viewingDirection", "homepage", "related", "structures");
    }
}
