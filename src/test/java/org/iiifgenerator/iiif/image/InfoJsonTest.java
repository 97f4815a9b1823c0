package org.iiifgenerator.iiif.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.iiifgenerator.iiif.IiifVersion;
import org.iiifgenerator.testsupport.Json;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InfoJsonTest {

    private static final String ID = "https://iiif.example.org/tiles/ms-1-1";
    private static final List<Size> SIZES = List.of(new Size(250, 175), new Size(500, 350), new Size(1000, 700));
    private static final String SIZES_JSON = """
            [{"width": 250, "height": 175}, {"width": 500, "height": 350}, {"width": 1000, "height": 700}]""";
    private static final String TILES_JSON = """
            [{"width": 256, "scaleFactors": [1, 2, 4]}]""";

    @Nested
    class Version3 {

        @Test
        void describesALevel0ServiceWithItsTilesAndSizes() {
            JsonNode info = info(IiifVersion.V3, new Size(1000, 700), TileFormat.JPG);

            assertThat(info).isEqualTo(Json.parse("""
                    {"@context": "http://iiif.io/api/image/3/context.json", "id": "%s", "type": "ImageService3",
                     "protocol": "http://iiif.io/api/image", "profile": "level0", "width": 1000, "height": 700,
                     "sizes": %s, "tiles": %s}""".formatted(ID, SIZES_JSON, TILES_JSON)));
        }

        @Test
        void declaresMaxWidthAndHeightWhenFullMaxIsBelowFullResolution() {
            JsonNode info = info(IiifVersion.V3, new Size(500, 350), TileFormat.JPG);

            assertThat(info.path("maxWidth").asInt()).isEqualTo(500);
            assertThat(info.path("maxHeight").asInt()).isEqualTo(350);
        }

        @Test
        void advertisesWebpTilesAsPreferredAndExtraFormat() {
            JsonNode info = info(IiifVersion.V3, new Size(1000, 700), TileFormat.WEBP);

            assertThat(info.get("preferredFormats")).isEqualTo(Json.parse("[\"webp\"]"));
            assertThat(info.get("extraFormats")).isEqualTo(Json.parse("[\"webp\"]"));
        }

        @Test
        void leavesOutSizesWhenThereAreNone() {
            ImageService noSizes = new ImageService(ID, IiifVersion.V3, 1000, 700, 256, List.of(1, 2, 4), List.of(),
                    new Size(1000, 700), TileFormat.JPG);

            assertThat(Json.parse(InfoJson.write(noSizes)).has("sizes")).isFalse();
        }
    }

    @Nested
    class Version2 {

        @Test
        void describesALevel0ServiceWithAProfileArray() {
            JsonNode info = info(IiifVersion.V2, new Size(1000, 700), TileFormat.JPG);

            assertThat(info).isEqualTo(Json.parse("""
                    {"@context": "http://iiif.io/api/image/2/context.json", "@id": "%s",
                     "protocol": "http://iiif.io/api/image",
                     "profile": ["http://iiif.io/api/image/2/level0.json", {"formats": ["jpg"], "qualities": ["default"]}],
                     "width": 1000, "height": 700, "sizes": %s, "tiles": %s}""".formatted(ID, SIZES_JSON, TILES_JSON)));
        }

        @Test
        void declaresMaxWidthAndHeightInTheProfileWhenFullFullIsBelowFullResolution() {
            JsonNode profile = info(IiifVersion.V2, new Size(500, 350), TileFormat.JPG).path("profile").path(1);

            assertThat(profile.path("maxWidth").asInt()).isEqualTo(500);
            assertThat(profile.path("maxHeight").asInt()).isEqualTo(350);
        }

        @Test
        void listsWebpAmongTheProfileFormats() {
            JsonNode info = info(IiifVersion.V2, new Size(1000, 700), TileFormat.WEBP);

            assertThat(info.path("profile").path(1).get("formats")).isEqualTo(Json.parse("[\"jpg\", \"webp\"]"));
            assertThat(info.has("preferredFormats")).isFalse();
        }
    }

    private static JsonNode info(IiifVersion version, Size maxSize, TileFormat format) {
        return Json.parse(InfoJson.write(new ImageService(ID, version, 1000, 700, 256, List.of(1, 2, 4), SIZES,
                maxSize, format)));
    }
}
