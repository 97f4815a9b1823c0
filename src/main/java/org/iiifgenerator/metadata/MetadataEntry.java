package org.iiifgenerator.metadata;

import java.util.Objects;

/** One descriptive label/value pair taken from a CSV column that has no dedicated IIIF property. */
public record MetadataEntry(String label, String value) {

    public MetadataEntry {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
