package org.iiifgenerator.iiif.presentation3;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A section of the table of contents ({@code structures}).
 *
 * @param items references to its canvases ({@link ResourceRef}) and its sub-sections ({@link Range}), in page order
 */
@JsonPropertyOrder({"id", "type", "label", "items"})
public record Range(String id, LanguageMap label, List<Object> items) {

    @JsonProperty
    public String type() {
        return "Range";
    }
}
