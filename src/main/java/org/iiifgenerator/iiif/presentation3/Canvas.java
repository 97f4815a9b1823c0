package org.iiifgenerator.iiif.presentation3;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One page: the canvas has the image's own pixel size, so annotations need no scaling. */
@JsonPropertyOrder({"id", "type", "label", "width", "height", "thumbnail", "items"})
public record Canvas(String id, LanguageMap label, int width, int height, List<ImageResource> thumbnail,
                     List<AnnotationPage> items) {

    @JsonProperty
    public String type() {
        return "Canvas";
    }
}
