package org.iiifgenerator.tiling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.iiifgenerator.iiif.IiifVersion;
import org.iiifgenerator.iiif.image.ImageService;
import org.iiifgenerator.iiif.image.Size;
import org.iiifgenerator.iiif.image.TileFormat;

/**
 * Image API 2.1 writes an unscaled size as {@code full}, and OpenSeadragon (6, and the 5 inside Mirador 4) asks
 * for any tile as wide as the whole image that way: {@code 0,256,100,256/full/0/default.jpg}, where dzsave wrote
 * {@code 0,256,100,256/100,/0/default.jpg}. That happens on every level whose width is the image's own width and
 * fits in one column of tiles: the full-resolution level of an image narrower than a tile, and every level of a
 * one-pixel-wide strip. Those tiles are copied, loose in the service folder (packed or not), under the
 * {@code full} name too. A tile that is the whole image is asked for as {@code full/full}, the whole image,
 * which exists already. Image API 3.0 has no such rule for tiles ({@code max} only for the whole image).
 */
final class FullWidthTiles {

    private FullWidthTiles() {
    }

    /**
     * Writes the copies; returns how many and their bytes. Each once: on a strip, a tile of one level can have the
     * region and width of another level's, which is one file.
     */
    static TileFiles.Totals write(Path folder, ImageService service, List<TileFormat> formats, TileFiles tiles)
            throws IOException {
        TileFiles.Totals written = TileFiles.Totals.NONE;
        Set<String> copied = new HashSet<>();
        if (service.version() != IiifVersion.V2) {
            return written;
        }
        int width = service.width();
        int height = service.height();
        int tile = service.tileSize();
        for (int factor : service.scaleFactors()) {
            Size level = Size.atScaleFactor(width, height, factor);
            boolean wholeImageTile = level.width() < tile && level.height() < tile;
            if (level.width() != width || level.width() > tile || wholeImageTile) {
                continue;
            }
            int region = tile * factor;
            for (int y = 0; y * tile < level.height(); y++) {
                int regionY = y * region;
                int regionHeight = Math.min(region, height - regionY);
                if (regionY == 0 && regionHeight == height) {
                    continue;
                }
                String regionSegment = "0," + regionY + "," + width + "," + regionHeight;
                if (!copied.add(regionSegment)) {
                    continue;
                }
                for (TileFormat format : formats) {
                    String image = "/0/default." + format.extension();
                    Path target = folder.resolve(regionSegment + "/full" + image);
                    Files.createDirectories(target.getParent());
                    byte[] copy = tiles.tile(regionSegment + "/" + width + "," + image);
                    Files.write(target, copy);
                    written = written.plus(new TileFiles.Totals(1, copy.length));
                }
            }
        }
        return written;
    }
}
