package org.iiifgenerator.iiif.presentation3;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

@JsonPropertyOrder({"@context", "id", "type", "label", "summary", "metadata", "requiredStatement", "rights",
        "navDate", "provider", "homepage", "seeAlso", "rendering", "thumbnail", "behavior", "viewingDirection",
        "partOf", "items", "structures"})
public record Manifest(String id, LanguageMap label, LanguageMap summary, List<LabelValue> metadata,
                       LabelValue requiredStatement, String rights, String navDate, List<Agent> provider,
                       List<ExternalResource> homepage, List<ExternalResource> seeAlso,
                       List<ExternalResource> rendering, List<ImageResource> thumbnail, List<String> behavior,
                       String viewingDirection, List<ResourceRef> partOf, List<Canvas> items,
                       List<Range> structures) {

    @JsonProperty("@context")
    public String context() {
        return Presentation3Writer.CONTEXT;
    }

    @JsonProperty
    public String type() {
        return "Manifest";
    }
}
