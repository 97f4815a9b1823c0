package org.iiifgenerator.iiif.presentation2;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

@JsonPropertyOrder({"@context", "@id", "@type", "label", "description", "metadata", "attribution", "license",
        "navDate", "thumbnail", "within", "sequences"})
public record Manifest2(@JsonProperty("@id") String id, String label, String description,
                        List<MetadataEntry2> metadata, String attribution, String license, String navDate,
                        ImageResource2 thumbnail, String within, List<Sequence2> sequences) {

    @JsonProperty("@context")
    public String context() {
        return Presentation2Writer.CONTEXT;
    }

    @JsonProperty("@type")
    public String type() {
        return "sc:Manifest";
    }
}
