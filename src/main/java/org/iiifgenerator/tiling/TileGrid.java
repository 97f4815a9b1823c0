package org.iiifgenerator.tiling;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.iiifgenerator.iiif.image.ImageService;
import org.iiifgenerator.iiif.image.Size;
import org.iiifgenerator.iiif.image.TileFormat;

/**
 * Where dzsave's IIIF layouts put the tiles of a service, as paths relative to it: each level of the pyramid row
 * by row, each tile named by its region in full-resolution pixels and its own size. Listed from the service's
 * geometry alone, so tiles are found, counted and checked without listing a page's thousands of folders (three
 * per tile), which cost more system time than any other step of a local run besides libvips' own.
 */
final class TileGrid {

    private TileGrid() {
    }

    /**
     * Every tile of every level, in one format, each path once: in 2.1 a size names the width alone, so on a strip
     * a tile of one level can have the path of another level's (region and width alike), and dzsave writes it once.
     */
    static List<String> all(ImageService service, TileFormat format) {
        Set<String> paths = new LinkedHashSet<>();
        for (int factor : service.scaleFactors()) {
            paths.addAll(level(service, factor, format));
        }
        return List.copyOf(paths);
    }

    /** The tiles of the level with this scale factor, row by row. */
    static List<String> level(ImageService service, int factor, TileFormat format) {
        Size level = Size.atScaleFactor(service.width(), service.height(), factor);
        int tile = service.tileSize();
        int region = tile * factor;
        String image = "/0/default." + format.extension();
        List<String> paths = new ArrayList<>();
        for (int y = 0; y * tile < level.height(); y++) {
            for (int x = 0; x * tile < level.width(); x++) {
                int regionX = x * region;
                int regionY = y * region;
                String regionSegment = regionX + "," + regionY + "," + Math.min(region, service.width() - regionX)
                        + "," + Math.min(region, service.height() - regionY);
                String sizeSegment = service.version().sizeSegment(Math.min(tile, level.width() - x * tile),
                        Math.min(tile, level.height() - y * tile));
                paths.add(regionSegment + "/" + sizeSegment + image);
            }
        }
        return paths;
    }
}
