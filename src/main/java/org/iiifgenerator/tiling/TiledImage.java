package org.iiifgenerator.tiling;

import java.nio.file.Path;
import java.util.List;
import org.iiifgenerator.collection.SourcePage;
import org.iiifgenerator.iiif.image.ImageService;

/**
 * A page made into a complete image service in a local folder, waiting to be published.
 *
 * @param folder       local folder holding info.json, full/ images and, unless packed, the tiles; absent when
 *                     an image server serves the page from its TIFF
 * @param packed       the tiles packed in zips beside the folder, one per tile format; empty when they are in the
 *                     folder
 * @param pyramidTiff  the page's pyramidal TIFF beside the folder, or null when none is written
 * @param tiles        number of tiles
 * @param bytes        size of the whole service, tiles and pyramidal TIFF included
 * @param milliseconds time spent making it
 */
public record TiledImage(SourcePage page, ImageService service, Path folder, List<PackedTiles> packed,
                         Path pyramidTiff, int tiles, long bytes, long milliseconds) {

    public TiledImage {
        packed = List.copyOf(packed);
    }
}
