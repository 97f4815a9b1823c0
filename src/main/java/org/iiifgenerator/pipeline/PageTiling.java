package org.iiifgenerator.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.camel.ExchangeProperty;
import org.iiifgenerator.collection.SourcePage;
import org.iiifgenerator.storage.LocalFolders;
import org.iiifgenerator.tiling.TiledImage;

/** Makes one page into an image service in the run's work folder, with its source file local only meanwhile. */
public final class PageTiling {

    public TiledImage tile(SourcePage page, @ExchangeProperty(Run.PROPERTY) Run run) throws IOException {
        String serviceUrl = run.layout().imageServiceUrl(page.objectKey(), page.number());
        Path folder = run.newWorkItem();
        Path file = run.source().acquire(page.fileKey());
        try {
            return run.tiler().tile(page, file, serviceUrl, folder, run.report()::warn);
        } catch (IOException | RuntimeException e) {
            LocalFolders.deleteRecursively(folder);
            throw e;
        } finally {
            run.source().release(page.fileKey());
        }
    }
}
