package org.iiifgenerator.iiif.presentation3;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A resource outside the manifest it links to: a homepage, a seeAlso record, a rendering, a logo. */
@JsonPropertyOrder({"id", "type", "label", "format"})
public record ExternalResource(String id, String type, LanguageMap label, String format) {
}
