package org.iiifgenerator.iiif.presentation;

/** The collection a manifest is {@code partOf}, and who provides it (null when not configured). */
public record CollectionRef(String id, String label, Provider provider) {

    public CollectionRef(String id, String label) {
        this(id, label, null);
    }
}
