package org.iiifgenerator.iiif.presentation2;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.iiifgenerator.iiif.image.ImageService;

/** The Image API 2 service of an image resource. */
@JsonPropertyOrder({"@context", "@id", "profile"})
public record Service2(@JsonProperty("@id") String id, @JsonProperty("profile") String profile) {

    static Service2 of(ImageService service) {
        return new Service2(service.id(), service.level().profile2());
    }

    @JsonProperty("@context")
    public String context() {
        return "http://iiif.io/api/image/2/context.json";
    }
}
