package org.iiifgenerator.iiif.presentation3;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

@JsonPropertyOrder({"id", "type", "items"})
public record AnnotationPage(String id, List<Annotation> items) {

    @JsonProperty
    public String type() {
        return "AnnotationPage";
    }
}
