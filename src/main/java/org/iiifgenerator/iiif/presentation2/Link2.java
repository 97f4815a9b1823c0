package org.iiifgenerator.iiif.presentation2;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A linked resource ({@code related}, {@code seeAlso}, {@code rendering}) with its label and format. */
@JsonPropertyOrder({"@id", "label", "format"})
public record Link2(@JsonProperty("@id") String id, String label, String format) {
}
