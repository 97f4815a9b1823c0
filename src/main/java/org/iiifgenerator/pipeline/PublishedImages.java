package org.iiifgenerator.pipeline;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Variable;
import org.iiifgenerator.collection.SourcePage;
import org.iiifgenerator.iiif.image.ImageService;
import org.iiifgenerator.iiif.image.InfoJson;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.report.ImageRecord;
import org.iiifgenerator.storage.ContentTypes;
import org.iiifgenerator.tiling.TiledImage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The image services earlier runs published, known by their {@link ImageProvenance} records. A page whose
 * service was made from the same source version under the same tiler signature is kept as it is, so a rerun
 * tiles only what is new, changed or was left unfinished, and a metadata-only change rewrites just the
 * manifests and the collection. A service kept under another base URL gets a new {@code info.json} (the one file
 * that carries its id) and record; its tiles are not touched.
 */
public final class PublishedImages {

    private static final Logger LOG = LoggerFactory.getLogger(PublishedImages.class);

    /** The exchange variable that carries {@link #earlierService}'s answer from the decision to {@link #keep}. */
    public static final String EARLIER_SERVICE = "earlierService";

    /**
     * The record of the page's service an earlier run published from the same source version under the same tiler
     * signature, or null when there is none to keep: the run is forced, the page is new or changed, or its record
     * cannot be read.
     */
    public ImageProvenance earlierService(SourcePage page, @ExchangeProperty(Run.PROPERTY) Run run)
            throws IOException {
        String serviceKey = run.layout().imageServiceKey(page.objectKey(), page.number());
        if (run.job().force() || !run.earlierProvenance().contains(OutputLayout.provenanceKey(serviceKey))) {
            return null;
        }
        ImageProvenance recorded = recorded(run, serviceKey);
        return recorded != null && recorded.madeFrom(page, run.tiler().signature()) ? recorded : null;
    }

    /** Whether the page's earlier service is kept rather than the page tiled again. */
    public boolean canKeep(@Variable(EARLIER_SERVICE) ImageProvenance earlier) {
        return earlier != null;
    }

    /** Keeps the page's earlier service, republishing its {@code info.json} when the base URL moved. */
    public PageResult.Published keep(SourcePage page, @Variable(EARLIER_SERVICE) ImageProvenance recorded,
            @ExchangeProperty(Run.PROPERTY) Run run) throws IOException {
        String serviceKey = run.layout().imageServiceKey(page.objectKey(), page.number());
        ImageService service = recorded.service();
        String serviceId = run.layout().imageServiceUrl(page.objectKey(), page.number());
        boolean moved = !service.id().equals(serviceId);
        if (moved) {
            service = service.withId(serviceId);
            republishInfo(page, service, recorded.bytes(), serviceKey, run);
        }
        ImageRecord record = new ImageRecord(page.objectIdentifier(), page.number(), page.source(),
                ImageRecord.Status.unchanged, service.width(), service.height(), service.scaleFactors().size(),
                null, recorded.bytes(), null, service.id(), null);
        run.imageDone(record, !moved ? "unchanged, kept" : service.isStatic()
                ? "unchanged, tiles kept, info.json rewritten for the new base URL"
                : "unchanged, TIFF kept, served by the new image server");
        return new PageResult.Published(page, service, record);
    }

    /**
     * Publishes a kept static service's {@code info.json} under its new id, then its record. Killed in between,
     * the old record still matches the tiles, and the next run rewrites info.json again for whatever base URL it
     * is given. An image server's service has no file of ours to carry its id: only the record changes.
     */
    private static void republishInfo(SourcePage page, ImageService service, Long bytes, String serviceKey, Run run)
            throws IOException {
        if (service.isStatic()) {
            run.storage().put(serviceKey + "/" + InfoJson.FILE_NAME, InfoJson.write(service), ContentTypes.JSON);
        }
        record(page, service, bytes, serviceKey, run);
    }

    /** Clears what replacing services left in the published tree when a run was killed meanwhile. */
    public void removeLeftovers(@ExchangeProperty(Run.PROPERTY) Run run) throws IOException {
        run.storage().removeLeftovers(OutputLayout.TILES_FOLDER);
    }

    /**
     * Takes back an earlier run's record of a service about to be published again: it would vouch for a mix of
     * old and new tiles if this upload broke off, where without one the next run makes the service again.
     */
    static void forget(String serviceKey, Run run) throws IOException {
        String key = OutputLayout.provenanceKey(serviceKey);
        if (run.earlierProvenance().contains(key)) {
            run.records().delete(key);
        }
    }

    /** Records what a service was made from; called after the service, {@code info.json} last, is published. */
    static void record(TiledImage image, String serviceKey, Run run) throws IOException {
        record(image.page(), image.service(), image.bytes(), serviceKey, run);
    }

    private static void record(SourcePage page, ImageService service, Long bytes, String serviceKey, Run run)
            throws IOException {
        run.records().put(OutputLayout.provenanceKey(serviceKey),
                ImageProvenance.of(page, run.tiler().signature(), service, bytes).toJson(), ContentTypes.JSON);
    }

    private static ImageProvenance recorded(Run run, String serviceKey) {
        String key = OutputLayout.provenanceKey(serviceKey);
        try {
            return ImageProvenance.fromJson(run.records().read(key));
        } catch (NoSuchFileException never) {
            return null;
        } catch (IOException | RuntimeException unreadable) {
            // Tiling again is always safe; the new record replaces the one that could not be read.
            LOG.warn("{}/{} cannot be read ({}); the page is tiled again", run.records().location(), key,
                    unreadable.getMessage());
            return null;
        }
    }
}
