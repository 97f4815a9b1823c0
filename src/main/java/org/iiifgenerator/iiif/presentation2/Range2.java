package org.iiifgenerator.iiif.presentation2;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A section of the table of contents. 2.1 lists every range at the top of {@code structures}, each naming its
 * canvases and sub-ranges by id; the one with {@code viewingHint} "top" holds the first level.
 */
@JsonPropertyOrder({"@id", "@type", "label", "viewingHint", "ranges", "canvases"})
public record Range2(@JsonProperty("@id") String id, String label, String viewingHint, List<String> ranges,
                     List<String> canvases) {

    @JsonProperty("@type")
    public String type() {
        return "sc:Range";
    }
}
