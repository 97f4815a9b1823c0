package org.iiifgenerator.iiif.presentation3;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The {@code provider} of a manifest or collection. */
@JsonPropertyOrder({"id", "type", "label", "homepage", "logo"})
public record Agent(String id, LanguageMap label, List<ExternalResource> homepage, List<ExternalResource> logo) {

    @JsonProperty
    public String type() {
        return "Agent";
    }
}
