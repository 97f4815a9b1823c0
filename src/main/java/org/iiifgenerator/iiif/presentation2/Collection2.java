package org.iiifgenerator.iiif.presentation2;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

@JsonPropertyOrder({"@context", "@id", "@type", "label", "manifests"})
public record Collection2(@JsonProperty("@id") String id, String label, List<ManifestRef2> manifests) {

    @JsonProperty("@context")
    public String context() {
        return Presentation2Writer.CONTEXT;
    }

    @JsonProperty("@type")
    public String type() {
        return "sc:Collection";
    }

    @JsonPropertyOrder({"@id", "@type", "label", "thumbnail"})
    public record ManifestRef2(@JsonProperty("@id") String id, String label, ImageResource2 thumbnail) {

        @JsonProperty("@type")
        public String type() {
            return "sc:Manifest";
        }
    }
}
