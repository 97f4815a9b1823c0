package org.iiifgenerator.metadata;

import java.util.List;

/** One parsed CSV record and the line it starts on (a quoted value with newlines makes a record span lines). */
record CsvRow(long line, List<String> cells) {

    CsvRow {
        cells = List.copyOf(cells);
    }

    /** The trimmed cell, or "" past the end of a short row so ragged rows read as if padded with blanks. */
    String cell(int column) {
        return column < cells.size() ? cells.get(column).strip() : "";
    }

    int width() {
        return cells.size();
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
