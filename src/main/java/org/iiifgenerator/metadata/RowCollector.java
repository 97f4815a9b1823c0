package org.iiifgenerator.metadata;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Turns data rows into table entries, deciding which rows are kept and warning about the rest. */
final class RowCollector {

    private final ColumnLayout layout;
    private final Warnings warnings;
    private final Map<String, ObjectMetadata> byIdentifier = new LinkedHashMap<>();
    private final Map<String, Long> firstLineByIdentifier = new HashMap<>();
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
        Long firstLine = firstLineByIdentifier.putIfAbsent(identifier, row.line());
        if (firstLine != null) {
            warnings.add(row.line(), "duplicate identifier \"%s\" (first seen on line %d); this row is ignored"
                    .formatted(identifier, firstLine));
            return;
        }
        warnAboutIgnoredCells(row);
        byIdentifier.put(identifier, layout.describe(identifier, row));
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
        return new MetadataTable(byIdentifier, warnings.messages());
    }
}
