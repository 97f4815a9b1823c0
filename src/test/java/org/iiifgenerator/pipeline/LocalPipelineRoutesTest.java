package org.iiifgenerator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iiifgenerator.config.SettingsRegistry.BASE_URL;
import static org.iiifgenerator.config.SettingsRegistry.CSV;
import static org.iiifgenerator.config.SettingsRegistry.IMAGES;
import static org.iiifgenerator.config.SettingsRegistry.OUTPUT;
import static org.iiifgenerator.config.SettingsRegistry.PDF_DPI;
import static org.iiifgenerator.config.SettingsRegistry.VERSION;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.camel.main.MainConfigurationProperties;
import org.apache.camel.test.main.junit5.CamelMainTestSupport;
import org.iiifgenerator.app.BeanConfigurations;
import org.iiifgenerator.config.Settings;
import org.iiifgenerator.report.ImageRecord;
import org.iiifgenerator.report.ObjectRecord;
import org.iiifgenerator.report.RunReport;
import org.iiifgenerator.task.Job;
import org.iiifgenerator.task.JobFactory;
import org.iiifgenerator.testsupport.CollectionFixture;
import org.iiifgenerator.testsupport.PresentationSchema;
import org.iiifgenerator.testsupport.RunReports;
import org.iiifgenerator.testsupport.ServiceFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application's YAML routes, run end to end on a real collection folder. */
class LocalPipelineRoutesTest extends CamelMainTestSupport {

    private static final String BASE = "https://iiif.example.org/demo";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Override
    protected void configure(MainConfigurationProperties configuration) {
        BeanConfigurations.addTo(configuration);
    }

    @Test
    void publishesEveryGoodObjectAndReportsEveryBadImage() throws IOException {
        Path images = CollectionFixture.write(dir);
        Path out = dir.resolve("out");

        RunReport report = run(Map.of(IMAGES, images.toString(), OUTPUT, out.toString(),
                CSV, dir.resolve("metadata.csv").toString(), PDF_DPI, "72"));

        assertThat(report.hasFailures()).isTrue();
        assertThat(report.objects()).extracting(ObjectRecord::identifier, ObjectRecord::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("letters", ObjectRecord.Status.published),
                org.assertj.core.groups.Tuple.tuple("atlas", ObjectRecord.Status.published),
                org.assertj.core.groups.Tuple.tuple("deck", ObjectRecord.Status.published),
                org.assertj.core.groups.Tuple.tuple(CollectionFixture.UNICODE_ID, ObjectRecord.Status.published),
                org.assertj.core.groups.Tuple.tuple("mixed", ObjectRecord.Status.incomplete),
                org.assertj.core.groups.Tuple.tuple("broken", ObjectRecord.Status.failed),
                org.assertj.core.groups.Tuple.tuple("empty", ObjectRecord.Status.failed));
        List<ImageRecord> failed = report.images().stream().filter(ImageRecord::failed).toList();
        assertThat(failed).extracting(ImageRecord::source)
                .anyMatch(s -> s.endsWith("broken.jpg")).anyMatch(s -> s.endsWith("empty.jpg"))
                .anyMatch(s -> s.endsWith("b.jpg"));
        assertThat(failed).allSatisfy(image -> {
            assertThat(image.error()).as("libvips' reason, not the file again").doesNotStartWith(image.source())
                    .containsAnyOf("is not a known file format", "Premature end");
            assertThat(report.errors()).as("the run's errors name the file")
                    .contains(image.source() + ": " + image.error());
        });

        JsonNode collection = PresentationSchema.assertValid(out.resolve("collection/top.json"));
        assertThat(collection.path("id").asText()).isEqualTo(BASE + "/collection/top.json");
        List<String> listed = new ArrayList<>();
        collection.path("items").forEach(item -> listed.add(item.path("id").asText()));
        assertThat(listed).as("published objects in CSV order, then those without a row in natural order")
                .containsExactly(BASE + "/letters/manifest.json", BASE + "/atlas/manifest.json",
                        BASE + "/deck/manifest.json", BASE + "/Pi%C3%A8ce%20jointe%201/manifest.json",
                        BASE + "/mixed/manifest.json");
        for (String manifestUrl : listed) {
            PresentationSchema.assertValid(fileOf(out, manifestUrl));
        }

        assertThat(canvasWidths(out, "letters")).as("natural order p1, p2, p10").containsExactly(300, 310, 320);
        assertThat(canvasWidths(out, "atlas")).as("one canvas per TIFF page").containsExactly(400, 400, 400);
        assertThat(canvasWidths(out, "deck")).as("one canvas per PDF page, 72 dpi").containsExactly(200, 300);
        assertThat(canvasWidths(out, "mixed")).as("the truncated page is left out").containsExactly(500);

        JsonNode atlas = manifest(out, "atlas");
        assertThat(atlas.path("label").toString()).as("first of two duplicate rows wins").contains("An atlas");
        JsonNode letters = manifest(out, "letters");
        assertThat(letters.path("summary").toString()).contains("Pages p1, p2 and p10");
        assertThat(letters.path("metadata").toString()).contains("Creator", "A. Writer", "Subject", "Correspondence");
        assertThat(letters.path("rights").asText()).isEqualTo("http://creativecommons.org/publicdomain/zero/1.0/");
        assertThat(manifest(out, "mixed").path("label").toString()).as("no CSV row: label is the identifier")
                .contains("mixed");
        assertThat(report.warnings()).anyMatch(w -> w.contains("ghost")).anyMatch(w -> w.contains("mixed"))
                .anyMatch(w -> w.contains("duplicate"));

        assertEveryImageServiceComplete(out);
        assertThat(out.resolve("collection/index.jsonl")).content().hasLineCount(5);
        assertThat(out.resolve("collection/metadata.csv")).hasSameBinaryContentAs(dir.resolve("metadata.csv"));
        JsonNode reportJson = JSON.readTree(RunReports.read(out));
        assertThat(reportJson.path("totals").path("imagesFailed").asInt()).isEqualTo(3);
        assertThat(reportJson.path("errors")).hasSize(3);
        assertThat(out.resolve(".iiif-work")).doesNotExist();
    }

    @Test
    void identifierWithSpaceAndAccentsGivesWorkingUrlsAndSafeKeys() throws IOException {
        Path images = CollectionFixture.write(dir);
        Path out = dir.resolve("out");
        run(Map.of(IMAGES, images.toString(), OUTPUT, out.toString(), PDF_DPI, "72"));

        PresentationSchema.assertOutputValid(out);
        JsonNode manifest = manifest(out, CollectionFixture.UNICODE_ID);
        String manifestId = manifest.path("id").asText();
        assertThat(URI.create(manifestId).getRawPath()).isEqualTo("/demo/Pi%C3%A8ce%20jointe%201/manifest.json");
        String serviceId = manifest.path("items").path(0).path("items").path(0).path("items").path(0)
                .path("body").path("service").path(0).path("id").asText();
        assertThat(Files.isRegularFile(fileOf(out, serviceId + "/info.json"))).isTrue();
        assertThat(ServiceFolders.info(fileOf(out, serviceId)).path("id").asText()).isEqualTo(serviceId);
    }

    @Test
    void writesImageApi2AndPresentation21OnRequest() throws IOException {
        Path images = dir.resolve("images");
        org.iiifgenerator.testsupport.TestImages.image(images.resolve("one.jpg"), 700, 500);
        org.iiifgenerator.testsupport.TestImages.multiPageTiff(images.resolve("two.tif"), 300, 200, 2);
        Path out = dir.resolve("out");

        RunReport report = run(Map.of(IMAGES, images.toString(), OUTPUT, out.toString(),
                VERSION, "2"));

        assertThat(report.hasFailures()).isFalse();
        JsonNode manifest = manifest(out, "two");
        assertThat(manifest.path("@context").asText()).isEqualTo("http://iiif.io/api/presentation/2/context.json");
        assertThat(manifest.path("@id").asText()).isEqualTo(BASE + "/two/manifest.json");
        assertThat(manifest.path("@type").asText()).isEqualTo("sc:Manifest");
        assertThat(manifest.path("within").asText()).isEqualTo(BASE + "/collection/top.json");
        JsonNode canvases = manifest.path("sequences").path(0).path("canvases");
        assertThat(canvases).hasSize(2);
        for (JsonNode canvas : canvases) {
            assertThat(canvas.path("@type").asText()).isEqualTo("sc:Canvas");
            assertThat(canvas.path("width").asInt()).isEqualTo(300);
            JsonNode annotation = canvas.path("images").path(0);
            assertThat(annotation.path("@type").asText()).isEqualTo("oa:Annotation");
            assertThat(annotation.path("motivation").asText()).isEqualTo("sc:painting");
            assertThat(annotation.path("on").asText()).isEqualTo(canvas.path("@id").asText());
            JsonNode resource = annotation.path("resource");
            assertThat(resource.path("@type").asText()).isEqualTo("dctypes:Image");
            assertThat(resource.path("@id").asText()).endsWith("/full/full/0/default.jpg");
            assertThat(resource.path("service").path("profile").asText())
                    .isEqualTo("http://iiif.io/api/image/2/level0.json");
            assertThat(Files.isRegularFile(fileOf(out, resource.path("@id").asText()))).isTrue();
        }
        JsonNode collection = JSON.readTree(out.resolve("collection/top.json").toFile());
        assertThat(collection.path("@type").asText()).isEqualTo("sc:Collection");
        assertThat(collection.path("manifests")).hasSize(2);
        assertEveryImageServiceComplete(out);
    }

    private RunReport run(Map<String, String> overrides) {
        Map<String, String> keys = new HashMap<>(overrides);
        keys.putIfAbsent(BASE_URL, BASE);
        Settings settings = new Settings(key -> Optional.ofNullable(keys.get(key))
                .or(() -> context.getPropertiesComponent().resolveProperty(key)));
        Job job = new JobFactory().fromSettings(settings);
        return template.requestBody("direct:run", job, RunReport.class);
    }

    private static void assertEveryImageServiceComplete(Path out) throws IOException {
        try (Stream<Path> services = Files.list(out.resolve("tiles"))) {
            List<Path> folders = services.toList();
            assertThat(folders).isNotEmpty();
            folders.forEach(ServiceFolders::assertComplete);
        }
        try (Stream<Path> all = Files.walk(out)) {
            assertThat(all.map(Path::getFileName).map(Path::toString)).doesNotContain("vips-properties.xml");
        }
    }

    private static List<Integer> canvasWidths(Path out, String object) throws IOException {
        List<Integer> widths = new ArrayList<>();
        manifest(out, object).path("items").forEach(canvas -> widths.add(canvas.path("width").asInt()));
        return widths;
    }

    private static JsonNode manifest(Path out, String object) throws IOException {
        return JSON.readTree(out.resolve(object).resolve("manifest.json").toFile());
    }

    /** The local file a published URL is served from. */
    private static Path fileOf(Path out, String url) {
        String path = URI.create(url).getPath();
        return out.resolve(path.substring("/demo/".length()));
    }
}
