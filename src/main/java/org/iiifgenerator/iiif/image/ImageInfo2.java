package org.iiifgenerator.iiif.image;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** {@code info.json} of an Image API 2.1 level-0 service. */
@JsonPropertyOrder({"@context", "@id", "protocol", "profile", "width", "height", "sizes", "tiles"})
public record ImageInfo2(@JsonProperty("@id") String id, int width, int height, List<Size> sizes,
                         List<ImageInfo3.Tiles> tiles, @JsonProperty("profile") List<Object> profile) {

    public static ImageInfo2 of(String id, int width, int height, List<Size> sizes, List<ImageInfo3.Tiles> tiles,
                                ProfileDetails details) {
        return new ImageInfo2(id, width, height, sizes, tiles, List.of(ComplianceLevel.LEVEL0.profile2(), details));
    }

    @JsonProperty("@context")
    public String context() {
        return "http://iiif.io/api/image/2/context.json";
    }

    @JsonProperty("protocol")
    public String protocol() {
        return "http://iiif.io/api/image";
    }

    /** The second entry of a 2.1 {@code profile}: what this service adds to level 0 and its size limits. */
    public record ProfileDetails(List<String> formats, List<String> qualities, Integer maxWidth, Integer maxHeight) {
    }
}
