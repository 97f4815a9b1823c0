package org.iiifgenerator.iiif.presentation3;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

@JsonPropertyOrder({"id", "type", "items"})
public record AnnotationPage(String id, List<Annotation> items) {

    public String type() {
        return "AnnotationPage";
    }
}
