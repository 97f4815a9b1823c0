package org.iiifgenerator.pipeline;

import org.iiifgenerator.collection.SourcePage;
import org.iiifgenerator.iiif.image.ImageService;

/** The outcome of one page: its image service is published, or it failed and the object goes on without it. */
public sealed interface PageResult {

    SourcePage page();

    record Published(SourcePage page, ImageService service) implements PageResult {
    }

    record Failed(SourcePage page, String error) implements PageResult {
    }
}
