package org.iiifgenerator.iiif.presentation2;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The {@code sc:painting} annotation that puts an image on a canvas. */
@JsonPropertyOrder({"@id", "@type", "motivation", "resource", "on"})
public record Annotation2(@JsonProperty("@id") String id, ImageResource2 resource, String on) {

    @JsonProperty("@type")
    public String type() {
        return "oa:Annotation";
    }

    @JsonProperty("motivation")
    public String motivation() {
        return "sc:painting";
    }
}
