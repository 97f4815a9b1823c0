package org.iiifgenerator.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.camel.ExchangeProperty;
import org.iiifgenerator.report.ImageRecord;
import org.iiifgenerator.storage.ContentTypes;
import org.iiifgenerator.tiling.TiledImage;

/**
 * Publishes a tiled page under its image-service key and frees its work folder. {@code info.json} goes last:
 * a viewer that finds it can rely on every tile and size it lists being there.
 */
public final class ImageServicePublisher {

    private static final String INFO_JSON = "info.json";

    public PageResult publish(TiledImage image, @ExchangeProperty(Run.PROPERTY) Run run) throws IOException {
        String serviceKey = run.layout().imageServiceKey(image.page().objectKey(), image.page().number());
        List<Path> files = filesInfoJsonLast(image.folder());
        for (Path file : files) {
            String key = serviceKey + "/" + image.folder().relativize(file).toString().replace('\\', '/');
            run.storage().putFile(key, file, ContentTypes.of(key));
        }
        RunLifecycle.deleteRecursively(image.folder());
        run.report().image(new ImageRecord(image.page().objectIdentifier(), image.page().number(),
                image.page().source(), ImageRecord.Status.tiled, image.service().width(), image.service().height(),
                image.service().scaleFactors().size(), image.tiles(), image.bytes(), image.milliseconds(),
                image.service().id(), null));
        run.progress().imageDone(image.page().objectIdentifier() + " p" + image.page().number(),
                image.service().width() + "x" + image.service().height() + ", " + image.tiles() + " tiles in "
                        + image.milliseconds() + " ms");
        return new PageResult.Published(image.page(), image.service());
    }

    private static List<Path> filesInfoJsonLast(Path folder) throws IOException {
        Path info = folder.resolve(INFO_JSON);
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .sorted((a, b) -> Boolean.compare(a.equals(info), b.equals(info)))
                    .toList();
        }
    }
}
