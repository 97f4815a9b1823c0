package org.iiifgenerator.iiif.presentation3;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

@JsonPropertyOrder({"@context", "id", "type", "label", "provider", "items"})
public record Collection(String id, LanguageMap label, List<Agent> provider, List<ResourceRef> items) {

    @JsonProperty("@context")
    public String context() {
        return Presentation3Writer.CONTEXT;
    }

    @JsonProperty
    public String type() {
        return "Collection";
    }
}
