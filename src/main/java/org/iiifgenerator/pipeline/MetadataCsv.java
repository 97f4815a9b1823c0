package org.iiifgenerator.pipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.iiifgenerator.metadata.MetadataCsvReader;
import org.iiifgenerator.metadata.MetadataTable;
import org.iiifgenerator.storage.Location;
import org.iiifgenerator.storage.Storages;
import org.iiifgenerator.task.InvalidJobException;

/** Fetches a run's metadata CSV once, keeping its bytes on the run for the copy that is published, and reads it. */
final class MetadataCsv {

    private final MetadataCsvReader csvReader = new MetadataCsvReader();
    private final Storages storages;

    MetadataCsv(Storages storages) {
        this.storages = storages;
    }

    /** The CSV's rows, or an empty table when the job has no CSV. */
    MetadataTable read(Run run) throws IOException {
        Location csv = run.job().csv();
        if (csv == null) {
            return MetadataTable.empty();
        }
        byte[] content = content(csv);
        run.keepCsv(content);
        try {
            return csvReader.read(new ByteArrayInputStream(content), csv.toString());
        } catch (RuntimeException e) {
            throw new InvalidJobException(e.getMessage());
        }
    }

    /** Only keeps the CSV's bytes, for a run that publishes its copy without reading it. */
    void keep(Run run) {
        if (run.job().csv() != null) {
            run.keepCsv(content(run.job().csv()));
        }
    }

    private byte[] content(Location csv) {
        try {
            return storages.read(csv);
        } catch (IOException e) {
            throw new InvalidJobException("The CSV " + csv + " (CSV_PATH and CSV_NAME in a task, --csv locally) "
                    + "cannot be read: " + e.getMessage(), e);
        }
    }
}
