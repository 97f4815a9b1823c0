package org.iiifgenerator.tiling;

import java.nio.file.Path;
import org.iiifgenerator.collection.SourcePage;
import org.iiifgenerator.iiif.image.ImageService;

/**
 * A page made into a complete image service in a local folder, waiting to be published.
 *
 * @param folder       local folder holding info.json, full/ images and, unless packed, the tiles
 * @param packed       the tiles packed in a zip beside the folder; null when they are in the folder
 * @param tiles        number of tiles
 * @param bytes        size of the whole service, tiles included
 * @param milliseconds time spent making it
 */
public record TiledImage(SourcePage page, ImageService service, Path folder, PackedTiles packed, int tiles, long bytes,
                         long milliseconds) {
}
