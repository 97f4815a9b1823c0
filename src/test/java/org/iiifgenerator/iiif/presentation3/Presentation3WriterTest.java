package org.iiifgenerator.iiif.presentation3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iiifgenerator.testsupport.SampleObjects.COLLECTION;
import static org.iiifgenerator.testsupport.SampleObjects.collectionOf;
import static org.iiifgenerator.testsupport.SampleObjects.fullDescription;
import static org.iiifgenerator.testsupport.SampleObjects.noDescription;
import static org.iiifgenerator.testsupport.SampleObjects.object;
import static org.iiifgenerator.testsupport.SampleObjects.PROVIDED_COLLECTION;
import static org.iiifgenerator.testsupport.SampleObjects.structuredObject;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.iiifgenerator.iiif.IiifVersion;
import org.iiifgenerator.iiif.image.ImageService;
import org.iiifgenerator.iiif.image.Size;
import org.iiifgenerator.iiif.presentation.CollectionDocument;
import org.iiifgenerator.iiif.presentation.PresentationWriter;
import org.iiifgenerator.iiif.presentation.PublishedObject;
import org.iiifgenerator.iiif.writers.PresentationWriters;
import org.iiifgenerator.testsupport.Json;
import org.iiifgenerator.testsupport.PresentationSchema;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class Presentation3WriterTest {

    private static final PublishedObject SYNOPSIS = object(IiifVersion.V3, "Box2_Folder19_Synopsis",
            fullDescription(), new Size(12000, 9000), new Size(300, 200));
    private static final PublishedObject UNDESCRIBED = object(IiifVersion.V3, "Letter to Jane", noDescription(),
            new Size(1000, 700));

    private final PresentationWriter writer = PresentationWriters.forVersion(IiifVersion.V3, "none");

    @Test
    void theManifestIsAPresentation3ManifestPublishedAtItsUrl() {
        JsonNode manifest = manifest(SYNOPSIS);

        assertThat(manifest.path("@context").asText()).isEqualTo("http://iiif.io/api/presentation/3/context.json");
        assertThat(manifest.path("id").asText()).isEqualTo(SYNOPSIS.manifestUrl());
        assertThat(manifest.path("type").asText()).isEqualTo("Manifest");
    }

    @Nested
    class SchemaValidity {

        @Test
        void aFullyDescribedManifestIsValid() {
            assertThat(PresentationSchema.violations(manifest(SYNOPSIS))).isEmpty();
        }

        @Test
        void anUndescribedManifestIsValid() {
            assertThat(PresentationSchema.violations(manifest(UNDESCRIBED))).isEmpty();
        }

        @Test
        void theCollectionIsValid() {
            assertThat(PresentationSchema.violations(collection())).isEmpty();
        }
    }

    @Nested
    class Canvases {

        @Test
        void haveTheImagesOwnPixelSize() {
            JsonNode canvases = manifest(SYNOPSIS).path("items");

            assertThat(Json.size(canvases.path(0))).isEqualTo(new Size(12000, 9000));
            assertThat(Json.size(canvases.path(1))).isEqualTo(new Size(300, 200));
        }

        @Test
        void arePaintedWithFullMaxAtItsOwnSizeFromALevel0Service() {
            ImageService image = SYNOPSIS.pages().getFirst().image();
            JsonNode body = manifest(SYNOPSIS).at("/items/0/items/0/items/0/body");

            assertThat(body.path("id").asText()).isEqualTo(image.id() + "/full/max/0/default.jpg");
            assertThat(body.path("type").asText()).isEqualTo("Image");
            assertThat(body.path("format").asText()).isEqualTo("image/jpeg");
            assertThat(Json.size(body)).isEqualTo(image.maxSize());
            assertThat(body.path("service")).isEqualTo(level0Service(image));
        }

        @Test
        void carryOnePaintingAnnotationTargetingTheCanvas() {
            JsonNode canvas = manifest(SYNOPSIS).path("items").path(1);
            JsonNode annotation = canvas.at("/items/0/items/0");

            assertThat(canvas.at("/items/0/type").asText()).isEqualTo("AnnotationPage");
            assertThat(annotation.path("type").asText()).isEqualTo("Annotation");
            assertThat(annotation.path("motivation").asText()).isEqualTo("painting");
            assertThat(annotation.path("target").asText()).isEqualTo(canvas.path("id").asText());
        }

        @Test
        void areNumberedInPageOrderUnderTheObjectsUrl() {
            JsonNode canvases = manifest(SYNOPSIS).path("items");

            assertThat(canvases).extracting(canvas -> canvas.path("id").asText())
                    .containsExactly(SYNOPSIS.objectUrl() + "/canvas/p1", SYNOPSIS.objectUrl() + "/canvas/p2");
            assertThat(canvases).extracting(canvas -> canvas.path("type").asText()).containsOnly("Canvas");
            assertThat(canvases.path(1).path("label")).isEqualTo(Json.parse("{\"none\": [\"p. 2\"]}"));
        }

        @Test
        void haveAThumbnailThatIsOneOfTheListedSizes() {
            ImageService image = SYNOPSIS.pages().getFirst().image();
            JsonNode thumbnail = manifest(SYNOPSIS).at("/items/0/thumbnail/0");

            assertIsAListedSize(thumbnail, image);
        }
    }

    @Nested
    class Description {

        @Test
        void labelsAreLanguageMapsWithoutLanguageByDefault() {
            JsonNode manifest = manifest(SYNOPSIS);

            assertThat(manifest.path("label")).isEqualTo(Json.parse("{\"none\": [\"Synopsis\"]}"));
            assertThat(manifest.path("summary").fieldNames()).toIterable().containsExactly("none");
        }

        @Test
        void textFromTheCsvCarriesTheConfiguredLanguage() {
            JsonNode manifest = Json.parse(PresentationWriters.forVersion(IiifVersion.V3, "en-GB")
                    .manifest(SYNOPSIS, COLLECTION));

            assertThat(manifest.path("label")).isEqualTo(Json.parse("{\"en-GB\": [\"Synopsis\"]}"));
            assertThat(manifest.path("metadata").path(0)).isEqualTo(Json.parse("""
                    {"label": {"en-GB": ["Creator"]}, "value": {"en-GB": ["Women's Development Corporation"]}}"""));
            assertThat(manifest.path("requiredStatement")).isEqualTo(Json.parse("""
                    {"label": {"en": ["Attribution"]}, "value": {"en-GB": ["Special Collections, Virginia Tech"]}}"""));
        }

        @Test
        void rightsAndNavDateAreWrittenAsGiven() {
            JsonNode manifest = manifest(SYNOPSIS);

            assertThat(manifest.path("rights").asText()).isEqualTo("http://creativecommons.org/licenses/by/4.0/");
            assertThat(manifest.path("navDate").asText()).isEqualTo("1979-06-01T00:00:00Z");
            assertThat(manifest.path("metadata")).hasSize(2);
        }

        @Test
        void anUndescribedObjectIsLabelledWithItsIdentifierAndHasNoEmptyProperties() {
            JsonNode manifest = manifest(UNDESCRIBED);

            assertThat(manifest.path("label")).isEqualTo(Json.parse("{\"none\": [\"Letter to Jane\"]}"));
            assertThat(manifest.fieldNames()).toIterable()
                    .doesNotContain("summary", "rights", "requiredStatement", "navDate", "metadata");
        }
    }

    @Nested
    class ManifestInCollection {

        @Test
        void theManifestIsPartOfTheCollection() {
            assertThat(manifest(SYNOPSIS).path("partOf")).isEqualTo(Json.parse("""
                    [{"id": "%s", "type": "Collection", "label": {"none": ["Women of Design"]}}]"""
                    .formatted(COLLECTION.id())));
        }

        @Test
        void theManifestThumbnailIsAListedSizeOfTheFirstPage() {
            assertIsAListedSize(manifest(SYNOPSIS).path("thumbnail").path(0), SYNOPSIS.coverImage());
        }

        @Test
        void theCollectionListsEveryManifestInOrderWithItsLabelAndThumbnail() {
            JsonNode collection = collection();

            assertThat(collection.path("id").asText()).isEqualTo(COLLECTION.id());
            assertThat(collection.path("type").asText()).isEqualTo("Collection");
            assertThat(collection.path("label")).isEqualTo(Json.parse("{\"none\": [\"Women of Design\"]}"));
            assertThat(collection.path("@context").asText())
                    .isEqualTo("http://iiif.io/api/presentation/3/context.json");
            assertThat(collection.path("items")).extracting(item -> item.path("type").asText())
                    .containsExactly("Manifest", "Manifest");
            assertThat(collection.path("items").path(0).path("id").asText()).isEqualTo(SYNOPSIS.manifestUrl());
            assertThat(collection.path("items").path(1).path("id").asText()).isEqualTo(UNDESCRIBED.manifestUrl());
            assertThat(collection.path("items").path(1).path("label"))
                    .isEqualTo(Json.parse("{\"none\": [\"Letter to Jane\"]}"));
            assertIsAListedSize(collection.path("items").path(0).path("thumbnail").path(0), SYNOPSIS.coverImage());
        }
    }

    @Nested
    class StructureAndLinks {

        private final PublishedObject letter = structuredObject(IiifVersion.V3);
        private final JsonNode manifest = Json.parse(writer.manifest(letter, PROVIDED_COLLECTION));

        @Test
        void isValidWithEveryPropertySet() {
            assertThat(PresentationSchema.violations(manifest)).isEmpty();
            assertThat(PresentationSchema.violations(Json.parse(writer.collection(
                    new CollectionDocument(PROVIDED_COLLECTION, List.of(letter)))))).isEmpty();
        }

        @Test
        void behaviorAndViewingDirectionComeFromTheCsv() {
            assertThat(manifest.path("behavior")).isEqualTo(Json.parse("[\"paged\"]"));
            assertThat(manifest.path("viewingDirection").asText()).isEqualTo("right-to-left");
        }

        @Test
        void homepageSeeAlsoAndRenderingLinkTheCataloguesPagesAndDownloads() {
            assertThat(manifest.path("homepage")).isEqualTo(Json.parse("""
                    [{"id": "https://lib.example.org/letter", "type": "Text", "label": {"none": ["A letter"]},
                      "format": "text/html"}]"""));
            assertThat(manifest.path("seeAlso")).isEqualTo(Json.parse("""
                    [{"id": "https://lib.example.org/letter.xml", "type": "Dataset", "format": "application/xml"}]"""));
            assertThat(manifest.path("rendering")).isEqualTo(Json.parse("""
                    [{"id": "https://lib.example.org/letter.pdf", "type": "Text", "label": {"en": ["Download PDF"]},
                      "format": "application/pdf"},
                     {"id": "https://lib.example.org/letter.tif", "type": "Image", "label": {"en": ["Download original"]},
                      "format": "image/tiff"}]"""));
        }

        @Test
        void theProviderOfTheCollectionIsNamedInTheManifestAndTheCollection() {
            JsonNode provider = Json.parse("""
                    [{"id": "https://lib.vt.edu/", "type": "Agent", "label": {"none": ["Virginia Tech Special Collections"]},
                      "homepage": [{"id": "https://lib.vt.edu/", "type": "Text",
                                    "label": {"none": ["Virginia Tech Special Collections"]}, "format": "text/html"}],
                      "logo": [{"id": "https://lib.vt.edu/logo.png", "type": "Image", "format": "image/png"}]}]""");
            assertThat(manifest.path("provider")).isEqualTo(provider);
            assertThat(Json.parse(writer.collection(new CollectionDocument(PROVIDED_COLLECTION, List.of(letter))))
                    .path("provider")).isEqualTo(provider);
            assertThat(manifest(SYNOPSIS).has("provider")).as("none configured").isFalse();
        }

        @Test
        void canvasesHaveTheCsvsLabelsElsePageNumbers() {
            assertThat(manifest.path("items")).extracting(canvas -> canvas.path("label").path("none").path(0).asText())
                    .containsExactly("Cover", "p. 2", "p. 3", "p. 4", "p. 5", "Envelope front");
        }

        @Test
        void structuresAreRangesOfCanvasesAndSubRangesInPageOrder() {
            String canvas = letter.objectUrl() + "/canvas/p";
            String range = letter.objectUrl() + "/range/";
            assertThat(manifest.path("structures")).isEqualTo(Json.parse("""
                    [{"id": "%1$sr1", "type": "Range", "label": {"none": ["Letter"]}, "items": [
                        {"id": "%1$sr1-1", "type": "Range", "label": {"none": ["First sheet"]}, "items": [
                            {"id": "%2$s2", "type": "Canvas"}, {"id": "%2$s3", "type": "Canvas"}]},
                        {"id": "%2$s4", "type": "Canvas"}, {"id": "%2$s5", "type": "Canvas"}]},
                     {"id": "%1$sr2", "type": "Range", "label": {"none": ["Envelope"]}, "items": [
                        {"id": "%2$s6", "type": "Canvas"}]}]""".formatted(range, canvas)));
        }

        @Test
        void aRangeListsOnlyPublishedPagesAndIsLeftOutWhenItHasNone() {
            JsonNode partial = Json.parse(writer.manifest(structuredObject(IiifVersion.V3, 3, 6), PROVIDED_COLLECTION));

            assertThat(partial.path("structures")).hasSize(1);
            assertThat(partial.at("/structures/0/items/0/items")).hasSize(1);
            assertThat(PresentationSchema.violations(partial)).isEmpty();
        }
    }

    private JsonNode manifest(PublishedObject object) {
        return Json.parse(writer.manifest(object, COLLECTION));
    }

    private JsonNode collection() {
        return Json.parse(writer.collection(collectionOf(SYNOPSIS, UNDESCRIBED)));
    }

    private static JsonNode level0Service(ImageService image) {
        return Json.parse("[{\"id\": \"%s\", \"type\": \"ImageService3\", \"profile\": \"level0\"}]"
                .formatted(image.id()));
    }

    private static void assertIsAListedSize(JsonNode thumbnail, ImageService image) {
        Size size = Json.size(thumbnail);
        assertThat(image.sizes()).contains(size);
        assertThat(size.longestSide()).isGreaterThanOrEqualTo(PresentationWriter.THUMBNAIL_MIN_SIDE);
        assertThat(thumbnail.path("id").asText())
                .isEqualTo(image.id() + "/full/" + size.width() + "," + size.height() + "/0/default.jpg");
        assertThat(thumbnail.path("service")).isEqualTo(level0Service(image));
    }
}
