package org.iiifgenerator.iiif.image;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** {@code info.json} of an Image API 3 level-0 service. */
@JsonPropertyOrder({"@context", "id", "type", "protocol", "profile", "width", "height", "maxWidth", "maxHeight",
        "sizes", "tiles", "preferredFormats", "extraFormats"})
public record ImageInfo3(String id, int width, int height, Integer maxWidth, Integer maxHeight, List<Size> sizes,
                         List<Tiles> tiles, List<String> preferredFormats, List<String> extraFormats) {

    @JsonProperty("@context")
    public String context() {
        return "http://iiif.io/api/image/3/context.json";
    }

    @JsonProperty("type")
    public String type() {
        return "ImageService3";
    }

    @JsonProperty("protocol")
    public String protocol() {
        return "http://iiif.io/api/image";
    }

    @JsonProperty("profile")
    public String profile() {
        return ComplianceLevel.LEVEL0.profile3();
    }

    /** Tile width (square tiles) and the scale factors at which tiles exist. */
    public record Tiles(int width, List<Integer> scaleFactors) {
    }
}
