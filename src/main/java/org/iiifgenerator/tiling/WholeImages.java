package org.iiifgenerator.tiling;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.iiifgenerator.iiif.image.ImageService;
import org.iiifgenerator.iiif.image.Size;
import org.iiifgenerator.iiif.image.TileFormat;
import org.iiifgenerator.vips.Vips;
import org.iiifgenerator.vips.VipsImage;

/**
 * Writes the pre-rendered whole images ({@code full/w,h} and {@code full/max}) from the tile pyramid dzsave has
 * just written. Every size is one of the pyramid's levels, so joining that level's tiles gives it: the source is
 * never decoded a second time (which for a flat TIFF or a progressive JPEG costs as much as a full decode), and
 * each size shows exactly the pixels of the level a viewer zooms into. A single-tile level is its own file.
 */
final class WholeImages {

    private final TilingSettings settings;

    WholeImages(TilingSettings settings) {
        this.settings = settings;
    }

    /**
     * Each size in each tile format, from the tiles of that format; returns their bytes (they are not tiles). In 2.1
     * a size names the width alone, so a strip's sizes can share one file: each file is counted once.
     */
    TileFiles.Totals write(Path folder, ImageService service, TileFiles tileFiles, List<TileFormat> formats)
            throws IOException {
        Size largest = service.sizes().getLast();
        Set<Path> written = new HashSet<>();
        for (TileFormat format : formats) {
            for (Size size : service.sizes()) {
                written.add(writeSize(folder, levelTiles(tileFiles, service, size, format), size, format));
            }
            Path max = wholeImagePath(folder, settings.version().maxSizeKeyword(), format);
            Files.createDirectories(max.getParent());
            Files.copy(wholeImagePath(folder, sizeSegment(largest), format), max);
            written.add(max);
        }
        long bytes = 0;
        for (Path file : written) {
            bytes += Files.size(file);
        }
        return new TileFiles.Totals(0, bytes);
    }

    /** Writes one size; returns its file. */
    private Path writeSize(Path folder, List<byte[]> tiles, Size size, TileFormat format) throws IOException {
        Path target = wholeImagePath(folder, sizeSegment(size), format);
        Files.createDirectories(target.getParent());
        if (tiles.size() == 1) {
            Files.write(target, tiles.getFirst());
            return target;
        }
        // The tiles are decoded from memory, which must outlive every image made from them: the arena closes last.
        try (Arena tileData = Arena.ofConfined()) {
            List<VipsImage> opened = new ArrayList<>(tiles.size());
            try {
                for (byte[] tile : tiles) {
                    opened.add(Vips.openBuffer(tileData.allocateFrom(ValueLayout.JAVA_BYTE, tile), folder));
                }
                try (VipsImage grid = VipsImage.join(opened, columns(size), folder);
                     VipsImage level = grid.crop(0, 0, size.width(), size.height())) {
                    level.save(target, "[Q=" + settings.quality() + "]");
                }
                return target;
            } finally {
                opened.forEach(VipsImage::close);
            }
        }
    }

    /** The tiles of the level with this size, row by row. */
    private static List<byte[]> levelTiles(TileFiles tileFiles, ImageService service, Size level, TileFormat format)
            throws IOException {
        List<byte[]> tiles = new ArrayList<>();
        for (String path : TileGrid.level(service, scaleFactorOf(service, level), format)) {
            tiles.add(tileFiles.tile(path));
        }
        return tiles;
    }

    private int columns(Size level) {
        return Math.ceilDiv(level.width(), settings.tileSize());
    }

    private static int scaleFactorOf(ImageService service, Size level) {
        return service.scaleFactors().stream()
                .filter(f -> Size.atScaleFactor(service.width(), service.height(), f).equals(level))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("size " + level + " is not a level of " + service.id()));
    }

    private String sizeSegment(Size size) {
        return settings.version().sizeSegment(size.width(), size.height());
    }

    private static Path wholeImagePath(Path folder, String sizeSegment, TileFormat format) {
        return folder.resolve("full").resolve(sizeSegment).resolve("0").resolve("default." + format.extension());
    }
}
