package org.iiifgenerator.pipeline;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.ExchangeProperty;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.storage.ContentTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the run records that earlier versions published under the output root (reports, provenance, shard
 * records, the member cache) to where run records are kept now: the first run that finds them takes them out of
 * the public output, and keeps the services their provenance vouches for instead of tiling every page again. A
 * record already kept there is newer and stays; the published one is only removed.
 */
public final class LegacyRecords {

    private static final Logger LOG = LoggerFactory.getLogger(LegacyRecords.class);
    private static final List<String> PREFIXES = List.of(OutputLayout.REPORTS_FOLDER, OutputLayout.PROVENANCE_FOLDER,
            OutputLayout.SHARDS_FOLDER, OutputLayout.MEMBERS_CACHE_KEY);

    public void moveOutOfTheOutput(@ExchangeProperty(Run.PROPERTY) Run run) throws IOException {
        if (run.job().recordsPublished()) {
            return;
        }
        List<String> moved = new ArrayList<>();
        for (String prefix : PREFIXES) {
            for (String key : run.storage().list(prefix)) {
                try {
                    if (!run.records().exists(key)) {
                        run.records().put(key, run.storage().read(key), ContentTypes.JSON);
                    }
                    moved.add(key);
                } catch (NoSuchFileException movedMeanwhile) {
                    // another run into the same output moved it first
                }
            }
        }
        if (!moved.isEmpty()) {
            run.storage().deleteAll(moved);
            LOG.info("Moved {} run records that an earlier version published in {} to {}, where they are kept now",
                    moved.size(), run.storage().location(), run.job().records());
        }
    }
}
