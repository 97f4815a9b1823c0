package org.iiifgenerator.iiif.presentation2;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

@JsonPropertyOrder({"@id", "@type", "canvases"})
public record Sequence2(@JsonProperty("@id") String id, List<Canvas2> canvases) {

    @JsonProperty("@type")
    public String type() {
        return "sc:Sequence";
    }
}
