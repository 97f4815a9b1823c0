package org.iiifgenerator.metadata;

import java.util.List;
import java.util.Objects;

/**
 * One CSV row's descriptive metadata for an object, with the page rows that belong to it.
 *
 * <p>Every text column is null when absent or blank, so callers test for null only and never for empty strings.
 * {@code metadata} holds every other non-blank column in header order, labelled with the header text as written in
 * the file. Values are as written; {@link DescriptionMapper} checks those IIIF constrains.
 *
 * @param pages  the object's page rows (canvas labels and table of contents), in file order
 * @param origin where the row is, "file line N", for warnings about its values; null for an object without a row
 */
public record ObjectMetadata(String identifier, String label, String summary, String rights,
                             String requiredStatement, String navDate, String behavior, String viewingDirection,
                             String homepage, String seeAlso, String rendering, List<MetadataEntry> metadata,
                             List<PageRow> pages, String origin) {

    public ObjectMetadata {
        Objects.requireNonNull(identifier, "identifier");
        label = blankToNull(label);
        summary = blankToNull(summary);
        rights = blankToNull(rights);
        requiredStatement = blankToNull(requiredStatement);
        navDate = blankToNull(navDate);
        behavior = blankToNull(behavior);
        viewingDirection = blankToNull(viewingDirection);
        homepage = blankToNull(homepage);
        seeAlso = blankToNull(seeAlso);
        rendering = blankToNull(rendering);
        metadata = metadata == null ? List.of() : List.copyOf(metadata);
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    /** Only the descriptive columns. */
    public ObjectMetadata(String identifier, String label, String summary, String rights, String requiredStatement,
                          String navDate, List<MetadataEntry> metadata) {
        this(identifier, label, summary, rights, requiredStatement, navDate, null, null, null, null, null, metadata,
                null, null);
    }

    /** Metadata for an object that has no CSV row: only its identifier is known. */
    public static ObjectMetadata untitled(String identifier) {
        return new ObjectMetadata(identifier, null, null, null, null, null, List.of());
    }

    /** The same row with other metadata entries (the CSV's and those of the extra-metadata step). */
    public ObjectMetadata withMetadata(List<MetadataEntry> entries) {
        return new ObjectMetadata(identifier, label, summary, rights, requiredStatement, navDate, behavior,
                viewingDirection, homepage, seeAlso, rendering, entries, pages, origin);
    }

    /** The same row with these page rows. */
    ObjectMetadata withPages(List<PageRow> rows) {
        return new ObjectMetadata(identifier, label, summary, rights, requiredStatement, navDate, behavior,
                viewingDirection, homepage, seeAlso, rendering, metadata, rows, origin);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * A row that describes pages of an object rather than the object: its {@code page} cell names one page (a
     * number or a file name; {@code title} is then the canvas label) or a span of pages ("3-7"; {@code title} is
     * then a section of the table of contents).
     *
     * @param origin "file line N", for warnings
     */
    public record PageRow(String page, String title, String origin) {
    }
}
