package org.iiifgenerator.iiif.presentation2;

/** A {@code metadata} pair; 2.1 allows plain strings. */
public record MetadataEntry2(String label, String value) {
}
