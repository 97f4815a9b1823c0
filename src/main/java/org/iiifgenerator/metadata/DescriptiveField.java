package org.iiifgenerator.metadata;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CSV columns that feed a dedicated IIIF property instead of the generic metadata list.
 *
 * <p>Header names are matched case-insensitively because older files capitalised them
 * ({@code Identifier,Title,Description}) while newer ones do not.
 */
enum DescriptiveField {
    IDENTIFIER("identifier"),
    LABEL("title"),
    SUMMARY("description"),
    RIGHTS("rights"),
    REQUIRED_STATEMENT("attribution", "requiredStatement"),
    NAV_DATE("navDate"),
    BEHAVIOR("behavior", "viewingHint"),
    VIEWING_DIRECTION("viewingDirection"),
    HOMEPAGE("homepage", "related"),
    SEE_ALSO("seeAlso"),
    RENDERING("rendering"),
    /** Set on a page row: the page (number or file name) or span of pages ("3-7") the row describes. */
    PAGE("page");

    private final String headerName;
    private final Set<String> headerNames;

    DescriptiveField(String... headerNames) {
        this.headerName = headerNames[0];
        this.headerNames = Arrays.stream(headerNames).map(DescriptiveField::fold).collect(Collectors.toUnmodifiableSet());
    }

    static Optional<DescriptiveField> forHeader(String header) {
        String folded = fold(header);
        return Arrays.stream(values()).filter(field -> field.headerNames.contains(folded)).findFirst();
    }

    /** The name docs/input.md documents the column under. */
    String headerName() {
        return headerName;
    }

    private static String fold(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }
}
