package org.iiifgenerator.iiif.presentation;

/** The collection a manifest is {@code partOf}. */
public record CollectionRef(String id, String label) {
}
