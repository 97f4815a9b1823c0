package org.iiifgenerator.iiif.presentation3;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The painting annotation that puts an image on a canvas. */
@JsonPropertyOrder({"id", "type", "motivation", "body", "target"})
public record Annotation(String id, ImageResource body, String target) {

    @JsonProperty
    public String type() {
        return "Annotation";
    }

    @JsonProperty
    public String motivation() {
        return "painting";
    }
}
