package org.iiifgenerator.iiif.presentation2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iiifgenerator.testsupport.SampleObjects.COLLECTION;
import static org.iiifgenerator.testsupport.SampleObjects.collectionOf;
import static org.iiifgenerator.testsupport.SampleObjects.fullDescription;
import static org.iiifgenerator.testsupport.SampleObjects.noDescription;
import static org.iiifgenerator.testsupport.SampleObjects.PROVIDED_COLLECTION;
import static org.iiifgenerator.testsupport.SampleObjects.object;
import static org.iiifgenerator.testsupport.SampleObjects.structuredObject;

import com.fasterxml.jackson.databind.JsonNode;
import org.iiifgenerator.iiif.IiifVersion;
import org.iiifgenerator.iiif.image.ImageService;
import org.iiifgenerator.iiif.image.Size;
import org.iiifgenerator.iiif.presentation.PresentationWriter;
import org.iiifgenerator.iiif.presentation.PublishedObject;
import org.iiifgenerator.iiif.writers.PresentationWriters;
import org.iiifgenerator.testsupport.Json;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class Presentation2WriterTest {

    private static final String CONTEXT = "http://iiif.io/api/presentation/2/context.json";
    private static final PublishedObject SYNOPSIS = object(IiifVersion.V2, "Box2_Folder19_Synopsis",
            fullDescription(), new Size(12000, 9000), new Size(300, 200));
    private static final PublishedObject UNDESCRIBED = object(IiifVersion.V2, "Letter to Jane", noDescription(),
            new Size(1000, 700));

    private final PresentationWriter writer = PresentationWriters.forVersion(IiifVersion.V2, "en");

    @Test
    void theManifestIsAPresentation21ManifestWithinTheCollection() {
        JsonNode manifest = manifest(SYNOPSIS);

        assertThat(manifest.path("@context").asText()).isEqualTo(CONTEXT);
        assertThat(manifest.path("@id").asText()).isEqualTo(SYNOPSIS.manifestUrl());
        assertThat(manifest.path("@type").asText()).isEqualTo("sc:Manifest");
        assertThat(manifest.path("within").asText()).isEqualTo(COLLECTION.id());
        assertThat(manifest.fieldNames()).toIterable().doesNotContain("id", "type", "items");
    }

    @Test
    void theDescriptionIsWrittenAsPlainStrings() {
        JsonNode manifest = manifest(SYNOPSIS);

        assertThat(manifest.path("label").asText()).isEqualTo("Synopsis");
        assertThat(manifest.path("description").asText()).isEqualTo("Typescript synopsis of the corporation's first year");
        assertThat(manifest.path("metadata").path(0))
                .isEqualTo(Json.parse("{\"label\": \"Creator\", \"value\": \"Women's Development Corporation\"}"));
        assertThat(manifest.path("attribution").asText()).isEqualTo("Special Collections, Virginia Tech");
        assertThat(manifest.path("license").asText()).isEqualTo("http://creativecommons.org/licenses/by/4.0/");
        assertThat(manifest.path("navDate").asText()).isEqualTo("1979-06-01T00:00:00Z");
    }

    @Test
    void anUndescribedObjectIsLabelledWithItsIdentifierAndHasNoEmptyProperties() {
        JsonNode manifest = manifest(UNDESCRIBED);

        assertThat(manifest.path("label").asText()).isEqualTo("Letter to Jane");
        assertThat(manifest.fieldNames()).toIterable()
                .doesNotContain("description", "metadata", "attribution", "license", "navDate");
    }

    @Test
    void canvasesInTheSequenceHaveTheImagesOwnPixelSize() {
        JsonNode canvases = manifest(SYNOPSIS).path("sequences").path(0).path("canvases");

        assertThat(canvases).extracting(canvas -> canvas.path("@type").asText()).containsExactly("sc:Canvas", "sc:Canvas");
        assertThat(canvases).extracting(Json::size)
                .containsExactly(new Size(12000, 9000), new Size(300, 200));
        assertThat(canvases).extracting(canvas -> canvas.path("@id").asText())
                .containsExactly(SYNOPSIS.objectUrl() + "/canvas/p1", SYNOPSIS.objectUrl() + "/canvas/p2");
    }

    @Test
    void eachCanvasIsPaintedWithFullFullFromALevel0ImageService() {
        ImageService image = SYNOPSIS.pages().getFirst().image();
        JsonNode canvas = manifest(SYNOPSIS).at("/sequences/0/canvases/0");
        JsonNode annotation = canvas.path("images").path(0);
        JsonNode resource = annotation.path("resource");

        assertThat(annotation.path("@type").asText()).isEqualTo("oa:Annotation");
        assertThat(annotation.path("motivation").asText()).isEqualTo("sc:painting");
        assertThat(annotation.path("on").asText()).isEqualTo(canvas.path("@id").asText());
        assertThat(resource.path("@id").asText()).isEqualTo(image.id() + "/full/full/0/default.jpg");
        assertThat(resource.path("@type").asText()).isEqualTo("dctypes:Image");
        assertThat(Json.size(resource)).isEqualTo(image.maxSize());
        assertThat(resource.path("service")).isEqualTo(level0Service(image));
    }

    @Test
    void theThumbnailIsAListedSizeInVersion2Syntax() {
        ImageService image = SYNOPSIS.coverImage();
        JsonNode thumbnail = manifest(SYNOPSIS).path("thumbnail");
        Size size = Json.size(thumbnail);

        assertThat(image.sizes()).contains(size);
        assertThat(thumbnail.path("@id").asText()).isEqualTo(image.id() + "/full/" + size.width() + ",/0/default.jpg");
        assertThat(thumbnail.path("service")).isEqualTo(level0Service(image));
    }

    @Test
    void theCollectionListsEveryManifestInOrder() {
        JsonNode collection = Json.parse(writer.collection(collectionOf(SYNOPSIS, UNDESCRIBED)));

        assertThat(collection.path("@context").asText()).isEqualTo(CONTEXT);
        assertThat(collection.path("@id").asText()).isEqualTo(COLLECTION.id());
        assertThat(collection.path("@type").asText()).isEqualTo("sc:Collection");
        assertThat(collection.path("label").asText()).isEqualTo("Women of Design");
        assertThat(collection.path("manifests")).extracting(m -> m.path("@id").asText())
                .containsExactly(SYNOPSIS.manifestUrl(), UNDESCRIBED.manifestUrl());
        assertThat(collection.path("manifests")).extracting(m -> m.path("@type").asText())
                .containsOnly("sc:Manifest");
        assertThat(collection.path("manifests")).extracting(m -> m.path("label").asText())
                .containsExactly("Synopsis", "Letter to Jane");
    }

    @Nested
    class StructureAndLinks {

        private final PublishedObject letter = structuredObject(IiifVersion.V2);
        private final JsonNode manifest = Json.parse(writer.manifest(letter, PROVIDED_COLLECTION));

        @Test
        void behaviorIsTheViewingHintAndViewingDirectionKeepsItsName() {
            assertThat(manifest.path("viewingHint").asText()).isEqualTo("paged");
            assertThat(manifest.path("viewingDirection").asText()).isEqualTo("right-to-left");
            assertThat(manifest(SYNOPSIS).fieldNames()).toIterable()
                    .doesNotContain("viewingHint", "viewingDirection", "related", "seeAlso", "rendering", "logo",
                            "structures");
        }

        @Test
        void homepageIsRelatedAndSeeAlsoAndRenderingKeepTheirNames() {
            assertThat(manifest.path("related")).isEqualTo(Json.parse("""
                    [{"@id": "https://lib.example.org/letter", "format": "text/html"}]"""));
            assertThat(manifest.path("seeAlso")).isEqualTo(Json.parse("""
                    [{"@id": "https://lib.example.org/letter.xml", "format": "application/xml"}]"""));
            assertThat(manifest.path("rendering")).isEqualTo(Json.parse("""
                    [{"@id": "https://lib.example.org/letter.pdf", "label": "Download PDF", "format": "application/pdf"},
                     {"@id": "https://lib.example.org/letter.tif", "label": "Download original", "format": "image/tiff"}]"""));
        }

        @Test
        void theProvidersLogoIsTheLogo() {
            assertThat(manifest.path("logo").asText()).isEqualTo("https://lib.vt.edu/logo.png");
        }

        @Test
        void canvasesHaveTheCsvsLabelsElsePageNumbers() {
            assertThat(manifest.at("/sequences/0/canvases")).extracting(canvas -> canvas.path("label").asText())
                    .containsExactly("Cover", "p. 2", "p. 3", "p. 4", "p. 5", "Envelope front");
        }

        @Test
        void structuresListEveryRangeAfterATopRangeEachNamingItsCanvasesAndSubRanges() {
            String canvas = letter.objectUrl() + "/canvas/p";
            String range = letter.objectUrl() + "/range/";
            assertThat(manifest.path("structures")).isEqualTo(Json.parse("""
                    [{"@id": "%1$scontents", "@type": "sc:Range", "label": "Contents", "viewingHint": "top",
                      "ranges": ["%1$sr1", "%1$sr2"]},
                     {"@id": "%1$sr1", "@type": "sc:Range", "label": "Letter", "ranges": ["%1$sr1-1"],
                      "canvases": ["%2$s4", "%2$s5"]},
                     {"@id": "%1$sr1-1", "@type": "sc:Range", "label": "First sheet", "canvases": ["%2$s2", "%2$s3"]},
                     {"@id": "%1$sr2", "@type": "sc:Range", "label": "Envelope", "canvases": ["%2$s6"]}]"""
                    .formatted(range, canvas)));
        }
    }

    private JsonNode manifest(PublishedObject object) {
        return Json.parse(writer.manifest(object, COLLECTION));
    }

    private static JsonNode level0Service(ImageService image) {
        return Json.parse("""
                {"@context": "http://iiif.io/api/image/2/context.json", "@id": "%s",
                 "profile": "http://iiif.io/api/image/2/level0.json"}""".formatted(image.id()));
    }
}
