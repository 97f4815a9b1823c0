package org.iiifgenerator.iiif.presentation2;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

@JsonPropertyOrder({"@id", "@type", "label", "width", "height", "thumbnail", "images"})
public record Canvas2(@JsonProperty("@id") String id, String label, int width, int height, ImageResource2 thumbnail,
                      List<Annotation2> images) {

    @JsonProperty("@type")
    public String type() {
        return "sc:Canvas";
    }
}
