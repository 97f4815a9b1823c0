package org.iiifgenerator.pipeline;

import java.io.IOException;
import org.apache.camel.ExchangeProperty;
import org.iiifgenerator.report.ImageRecord;
import org.iiifgenerator.tiling.TiledImage;

/**
 * Publishes a tiled page under its image-service key. {@code info.json} goes last: a viewer that finds it can
 * rely on every tile and size it lists being there.
 */
public final class ImageServicePublisher {

    private static final String INFO_JSON = "info.json";

    public PageResult publish(TiledImage image, @ExchangeProperty(Run.PROPERTY) Run run) throws IOException {
        String serviceKey = run.layout().imageServiceKey(image.page().objectKey(), image.page().number());
        run.storage().putFolder(serviceKey, image.folder(), INFO_JSON);
        run.report().image(new ImageRecord(image.page().objectIdentifier(), image.page().number(),
                image.page().source(), ImageRecord.Status.tiled, image.service().width(), image.service().height(),
                image.service().scaleFactors().size(), image.tiles(), image.bytes(), image.milliseconds(),
                image.service().id(), null));
        run.progress().imageDone(image.page().objectIdentifier() + " p" + image.page().number(),
                image.service().width() + "x" + image.service().height() + ", " + image.tiles() + " tiles in "
                        + image.milliseconds() + " ms");
        return new PageResult.Published(image.page(), image.service());
    }
}
