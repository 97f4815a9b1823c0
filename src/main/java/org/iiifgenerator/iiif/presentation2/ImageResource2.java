package org.iiifgenerator.iiif.presentation2;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A {@code dctypes:Image} resource (painting body or thumbnail) with its image service. */
@JsonPropertyOrder({"@id", "@type", "format", "width", "height", "service"})
public record ImageResource2(@JsonProperty("@id") String id, Integer width, Integer height, Service2 service) {

    @JsonProperty("@type")
    public String type() {
        return "dctypes:Image";
    }

    @JsonProperty("format")
    public String format() {
        return "image/jpeg";
    }
}
