package org.iiifgenerator.metadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns data rows into table entries, deciding which rows are kept and warning about the rest. */
final class RowCollector {

    private final ColumnLayout layout;
    private final Warnings warnings;
    private final Map<String, ObjectMetadata> byIdentifier = new LinkedHashMap<>();
    private final Map<String, Long> firstLineByIdentifier = new HashMap<>();
    private final Map<String, List<ObjectMetadata.PageRow>> pageRowsByIdentifier = new LinkedHashMap<>();
    private final Set<Integer> reportedUnnamedColumns = new HashSet<>();

    RowCollector(ColumnLayout layout, Warnings warnings) {
        this.layout = layout;
        this.warnings = warnings;
    }

    void add(CsvRow row) {
        // Spreadsheets often export trailing empty rows; they carry nothing worth a warning.
        if (row.isBlank()) {
            return;
        }
        String identifier = layout.identifier(row);
        if (identifier.isEmpty()) {
            warnings.add(row.line(), "no identifier; this row is ignored");
            return;
        }
        if (layout.isPageRow(row)) {
            addPageRow(identifier, row);
            return;
        }
        Long firstLine = firstLineByIdentifier.putIfAbsent(identifier, row.line());
        if (firstLine != null) {
            warnings.add(row.line(), "duplicate identifier \"%s\" (first seen on line %d); this row is ignored"
                    .formatted(identifier, firstLine));
            return;
        }
        warnAboutIgnoredCells(row);
        byIdentifier.put(identifier, layout.describe(identifier, row, warnings.where(row.line())));
    }

    /** Page rows add to their object's row, wherever it is in the file; an object may have page rows only. */
    private void addPageRow(String identifier, CsvRow row) {
        List<String> unused = layout.unusedOnPageRow(row);
        if (!unused.isEmpty()) {
            warnings.add(row.line(), "a page row (its page cell is set) uses only identifier, page and title; "
                    + "its cells in %s are ignored".formatted(String.join(", ", unused)));
        }
        warnAboutIgnoredCells(row);
        pageRowsByIdentifier.computeIfAbsent(identifier, id -> new ArrayList<>())
                .add(layout.pageRow(row, warnings.where(row.line())));
    }

    private void warnAboutIgnoredCells(CsvRow row) {
        if (layout.hasDataBeyondHeader(row)) {
            warnings.add(row.line(), "%d cells but the header names %d columns; the extra cells are ignored"
                    .formatted(row.width(), layout.width()));
        }
        // Once per column: the same gap in the header would otherwise repeat the warning on every row.
        for (int column : layout.unnamedColumnsWithData(row)) {
            if (reportedUnnamedColumns.add(column)) {
                warnings.add(row.line(), "column %d has no header, so its values are ignored; give it a name to publish them"
                        .formatted(column + 1));
            }
        }
    }

    MetadataTable toTable() {
        pageRowsByIdentifier.forEach((identifier, rows) -> byIdentifier.merge(identifier,
                ObjectMetadata.untitled(identifier).withPages(rows), (row, untitled) -> row.withPages(rows)));
        return new MetadataTable(byIdentifier, warnings.messages());
    }
}
