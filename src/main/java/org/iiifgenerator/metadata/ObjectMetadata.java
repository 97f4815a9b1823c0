package org.iiifgenerator.metadata;

import java.util.List;
import java.util.Objects;

/**
 * One CSV row's descriptive metadata for an object.
 *
 * <p>{@code label}, {@code summary}, {@code rights}, {@code requiredStatement} and {@code navDate} are null when
 * absent or blank, so callers test for null only and never for empty strings. {@code metadata} holds every other
 * non-blank column in header order, labelled with the header text as written in the file.
 */
public record ObjectMetadata(String identifier, String label, String summary, String rights,
                             String requiredStatement, String navDate, List<MetadataEntry> metadata) {

    public ObjectMetadata {
        Objects.requireNonNull(identifier, "identifier");
        label = blankToNull(label);
        summary = blankToNull(summary);
        rights = blankToNull(rights);
        requiredStatement = blankToNull(requiredStatement);
        navDate = blankToNull(navDate);
        metadata = metadata == null ? List.of() : List.copyOf(metadata);
    }

    /** Metadata for an object that has no CSV row: only its identifier is known. */
    public static ObjectMetadata untitled(String identifier) {
        return new ObjectMetadata(identifier, null, null, null, null, null, List.of());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
