package org.iiifgenerator.iiif.presentation2;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The Image API 2 service of an image resource. */
@JsonPropertyOrder({"@context", "@id", "profile"})
public record Service2(@JsonProperty("@id") String id) {

    @JsonProperty("@context")
    public String context() {
        return "http://iiif.io/api/image/2/context.json";
    }

    @JsonProperty("profile")
    public String profile() {
        return "http://iiif.io/api/image/2/level0.json";
    }
}
