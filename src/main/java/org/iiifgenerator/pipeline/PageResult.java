package org.iiifgenerator.pipeline;

import org.iiifgenerator.collection.SourcePage;
import org.iiifgenerator.iiif.image.ImageService;
import org.iiifgenerator.report.ImageRecord;

/**
 * The outcome of one page: its image service is published, or it failed and the object goes on without it, or it
 * was not started because the process is stopping (its object then gets no manifest in this run).
 */
public sealed interface PageResult {

    SourcePage page();

    /** The page's entry in report.json; also what the image-tiled and image-failed events carry. */
    ImageRecord record();

    record Published(SourcePage page, ImageService service, ImageRecord record) implements PageResult {
    }

    /**
     * @param storageUnavailable the storage did not answer (S3 unavailable): not the page's fault, and a later try
     *                           of the run may publish it
     */
    record Failed(SourcePage page, ImageRecord record, boolean storageUnavailable) implements PageResult {
    }

    record NotStarted(SourcePage page) implements PageResult {

        /** Nothing is reported for a page that was not started: the next run does it. */
        @Override
        public ImageRecord record() {
            return null;
        }
    }
}
