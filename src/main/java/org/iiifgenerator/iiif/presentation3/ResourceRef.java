package org.iiifgenerator.iiif.presentation3;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A reference to a Manifest or Collection: what a collection lists and what a manifest is part of. */
@JsonPropertyOrder({"id", "type", "label", "thumbnail"})
public record ResourceRef(String id, String type, LanguageMap label, List<ImageResource> thumbnail) {
}
