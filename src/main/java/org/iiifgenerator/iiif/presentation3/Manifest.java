package org.iiifgenerator.iiif.presentation3;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

@JsonPropertyOrder({"@context", "id", "type", "label", "summary", "metadata", "requiredStatement", "rights",
        "navDate", "thumbnail", "partOf", "items"})
public record Manifest(String id, LanguageMap label, LanguageMap summary, List<LabelValue> metadata,
                       LabelValue requiredStatement, String rights, String navDate, List<ImageResource> thumbnail,
                       List<ResourceRef> partOf, List<Canvas> items) {

    @JsonProperty("@context")
    public String context() {
        return Presentation3Writer.CONTEXT;
    }

    @JsonProperty
    public String type() {
        return "Manifest";
    }
}
