package org.iiifgenerator.iiif.presentation2;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

@JsonPropertyOrder({"@context", "@id", "@type", "label", "description", "metadata", "attribution", "license", "logo",
        "navDate", "related", "seeAlso", "rendering", "thumbnail", "viewingHint", "viewingDirection", "within",
        "sequences", "structures"})
public record Manifest2(@JsonProperty("@id") String id, String label, String description,
                        List<MetadataEntry2> metadata, String attribution, String license, String logo,
                        String navDate, List<Link2> related, List<Link2> seeAlso, List<Link2> rendering,
                        ImageResource2 thumbnail, String viewingHint, String viewingDirection, String within,
                        List<Sequence2> sequences, List<Range2> structures) {

    @JsonProperty("@context")
    public String context() {
        return Presentation2Writer.CONTEXT;
    }

    @JsonProperty("@type")
    public String type() {
        return "sc:Manifest";
    }
}
