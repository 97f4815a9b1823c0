package org.iiifgenerator.tiling;

import java.nio.file.Path;
import org.iiifgenerator.collection.SourcePage;
import org.iiifgenerator.iiif.image.ImageService;

/**
 * A page made into a complete image service in a local folder, waiting to be published.
 *
 * @param folder       local folder holding info.json, tiles and full/ images
 * @param tiles        number of tile files
 * @param bytes        size of everything in the folder
 * @param milliseconds time spent making it
 */
public record TiledImage(SourcePage page, ImageService service, Path folder, int tiles, long bytes,
                         long milliseconds) {
}
