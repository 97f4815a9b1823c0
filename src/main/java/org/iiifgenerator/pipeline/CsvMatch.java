package org.iiifgenerator.pipeline;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.iiifgenerator.metadata.MetadataTable;
import org.iiifgenerator.metadata.ObjectMetadata;

/**
 * Matches the objects of a listing with the rows of the CSV, and reports what did not match: an object without a
 * row is published with its identifier as label; a row without an object is noted or warned about.
 */
final class CsvMatch {

    private final Run run;
    private final MetadataTable metadata;
    private final Set<String> rowsWithoutImages;
    private final Map<String, Integer> csvRows = new HashMap<>();

    CsvMatch(Run run, MetadataTable metadata) {
        this.run = run;
        this.metadata = metadata;
        this.rowsWithoutImages = new LinkedHashSet<>(metadata.identifiers());
        metadata.identifiers().forEach(identifier -> csvRows.put(identifier, csvRows.size()));
    }

    /**
     * The CSV row of the identifier the object is published under, else of the one it was found with; an untitled
     * row, with a warning when there is a CSV, when it has neither.
     */
    ObjectMetadata row(String published, String found) {
        ObjectMetadata row = metadata.find(published).or(() -> metadata.find(found)).orElseGet(() -> {
            if (run.job().csv() != null) {
                run.report().warn("object '" + published + "' has no row in the CSV; it is published with "
                        + "its identifier as label");
            }
            return ObjectMetadata.untitled(published);
        });
        rowsWithoutImages.remove(row.identifier());
        return row;
    }

    /** The 0-based place of the row in the CSV, or null for an untitled row. */
    Integer csvRow(ObjectMetadata row) {
        return csvRows.get(row.identifier());
    }

    /** Once every object is matched: a note when there is no CSV, and the rows no object took. */
    void reportUnmatched(int objects) {
        if (run.job().csv() == null) {
            run.report().note("no CSV given: " + count(objects, "object is published with its identifier as label",
                    "objects are published with their identifiers as labels"));
        }
        reportRowsWithoutImages();
    }

    /**
     * A task's CSV is shared by the tasks of its box, so rows for the folders other tasks publish are expected: one
     * line with their count, and no warning. A local run was given the whole folder: such a row is likely a typo,
     * worth a warning each. The report lists them either way.
     */
    private void reportRowsWithoutImages() {
        Set<String> rows = rowsWithoutImages;
        run.report().csvRowsWithoutImages(rows);
        if (rows.isEmpty()) {
            return;
        }
        if (run.job().sharedCsv()) {
            String csv = " (" + run.job().csv().name() + ") ";
            run.report().note(count(rows.size(), "CSV row" + csv + "has no images in this task: its folder is "
                    + "published by another task", "CSV rows" + csv + "have no images in this task: their folders "
                    + "are published by other tasks") + " (the run's report lists them as csvRowsWithoutImages)");
        } else {
            rows.forEach(id -> run.report().warn("CSV row '" + id + "' has no images in " + run.job().images()
                    + "; nothing is published for it"));
        }
    }

    /** "1 thing is" or "3 things are". */
    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
