package org.iiifgenerator.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.Semaphore;
import org.apache.camel.ExchangeProperty;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.report.ImageRecord;
import org.iiifgenerator.storage.ContentTypes;
import org.iiifgenerator.tiling.PackedTiles;
import org.iiifgenerator.tiling.TiledImage;

/**
 * Publishes a tiled page under its image-service key. Route {@code publish-image-service} hands the upload to
 * Camel's {@code uploadPool}, so the thread that tiled the page goes on to the next one while this one uploads;
 * it first takes one of {@code parallelUploads} upload slots, waiting while they are all taken, so that at most
 * that many services wait on local disk for their upload. {@code info.json} goes last: a viewer that finds it can
 * rely on every tile and size it lists being there.
 */
public final class ImageServicePublisher {

    private static final String INFO_JSON = "info.json";

    private final Semaphore uploadSlots;

    public ImageServicePublisher(int parallelUploads) {
        this.uploadSlots = new Semaphore(parallelUploads);
    }

    /** Waits, on the tiling thread, until fewer than parallel-uploads services are being uploaded. */
    public void takeUploadSlot() throws InterruptedException {
        uploadSlots.acquire();
    }

    /** After the upload, published or failed. */
    public void releaseUploadSlot() {
        uploadSlots.release();
    }

    /** Publishes the service, on an uploadPool thread; its local files are deleted either way. */
    public PageResult publish(TiledImage image, @ExchangeProperty(Run.PROPERTY) Run run) throws IOException {
        String serviceKey = run.layout().imageServiceKey(image.page().objectKey(), image.page().number());
        try {
            PublishedImages.forget(serviceKey, run);
            for (PackedTiles packed : image.packed()) {
                run.storage().putArchive(serviceKey, packed.zip(), packed::keyOf);
            }
            publishPyramidTiff(image, serviceKey, run);
            if (image.service().isStatic()) {
                // The folder (whole images, then info.json) after the tiles, so info.json is published last.
                run.storage().putFolder(serviceKey, image.folder(), INFO_JSON);
            } else {
                removeStaticService(serviceKey, run);
            }
            PublishedImages.record(image, serviceKey, run);
        } finally {
            for (PackedTiles packed : image.packed()) {
                Files.deleteIfExists(packed.zip());
            }
            if (image.pyramidTiff() != null) {
                Files.deleteIfExists(image.pyramidTiff());
            }
        }
        ImageRecord record = new ImageRecord(image.page().objectIdentifier(), image.page().number(),
                image.page().source(), ImageRecord.Status.tiled, image.service().width(), image.service().height(),
                image.service().scaleFactors().size(), image.tiles(), image.bytes(), image.milliseconds(),
                image.service().id(), null);
        run.imageDone(record, image.service().width() + "x" + image.service().height() + ", " + image.tiles()
                + " tiles in " + image.milliseconds() + " ms");
        return new PageResult.Published(image.page(), image.service(), record);
    }

    /**
     * The page's pyramidal TIFF, before its info.json and record; when none is made any more, the one an earlier
     * run published with the service it replaces is removed, as it may show another version of the page.
     */
    private static void publishPyramidTiff(TiledImage image, String serviceKey, Run run) throws IOException {
        String tiffKey = run.layout().pyramidTiffKey(image.page().objectKey(), image.page().number());
        if (image.pyramidTiff() != null) {
            run.storage().putFile(tiffKey, image.pyramidTiff(), ContentTypes.of(tiffKey));
        } else if (run.earlierProvenance().contains(OutputLayout.provenanceKey(serviceKey))) {
            run.storage().delete(tiffKey);
        }
    }

    /**
     * The static service an earlier run published for a page an image server now serves: a viewer holding an
     * older manifest would otherwise go on showing the older page.
     */
    private static void removeStaticService(String serviceKey, Run run) throws IOException {
        if (run.earlierProvenance().contains(OutputLayout.provenanceKey(serviceKey))) {
            run.storage().deleteAll(run.storage().list(serviceKey + "/"));
        }
    }
}
