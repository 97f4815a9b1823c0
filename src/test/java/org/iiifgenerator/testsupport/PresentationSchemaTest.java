package org.iiifgenerator.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The schema check the writer tests rely on accepts a correct manifest and really reports broken ones. */
class PresentationSchemaTest {

    private static final String MINIMAL_MANIFEST = """
            {"@context": "http://iiif.io/api/presentation/3/context.json",
             "id": "https://iiif.example.org/ms-1/manifest.json", "type": "Manifest", "label": {"none": ["ms-1"]},
             "rights": "http://rightsstatements.org/vocab/InC/1.0/",
             "items": [{"id": "https://iiif.example.org/ms-1/canvas/p1", "type": "Canvas", "width": 300, "height": 200,
                        "items": [{"id": "https://iiif.example.org/ms-1/page/p1", "type": "AnnotationPage",
                                   "items": [{"id": "https://iiif.example.org/ms-1/annotation/p1", "type": "Annotation",
                                              "motivation": "painting",
                                              "body": {"id": "https://iiif.example.org/tiles/ms-1-1/full/max/0/default.jpg",
                                                       "type": "Image", "format": "image/jpeg"},
                                              "target": "https://iiif.example.org/ms-1/canvas/p1"}]}]}]}""";

    @Test
    void aMinimalCorrectManifestHasNoViolation() {
        assertThat(PresentationSchema.violations(Json.parse(MINIMAL_MANIFEST))).isEmpty();
    }

    @Test
    void aRightsUriOutsideCreativeCommonsAndRightsStatementsIsAViolation() {
        ObjectNode manifest = minimalManifest();
        manifest.put("rights", "https://example.org/x");

        assertThat(PresentationSchema.violations(manifest)).anyMatch(violation -> violation.contains("/rights"));
    }

    @Test
    void aManifestWithoutItemsIsAViolation() {
        ObjectNode manifest = minimalManifest();
        manifest.remove("items");

        assertThat(PresentationSchema.violations(manifest))
                .anyMatch(violation -> violation.contains("required property 'items' not found"));
    }

    @Test
    void aManifestWithoutTypeIsAViolation() {
        ObjectNode manifest = minimalManifest();
        manifest.remove("type");

        assertThat(PresentationSchema.violations(manifest)).isNotEmpty();
    }

    private static ObjectNode minimalManifest() {
        return (ObjectNode) Json.parse(MINIMAL_MANIFEST);
    }
}
