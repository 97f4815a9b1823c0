package org.iiifgenerator.tiling;

import org.iiifgenerator.iiif.IiifVersion;
import org.iiifgenerator.iiif.image.TileFormat;

/**
 * How image services are made.
 *
 * @param tileSize      tile width and height in pixels
 * @param quality       JPEG/WebP quality (1-100) of tiles and pre-rendered sizes
 * @param sizesMaxSide  longest side of the largest pre-rendered whole image ({@code full/max})
 * @param pdfDpi        resolution PDF pages are rendered at
 */
public record TilingSettings(IiifVersion version, int tileSize, TileFormat format, int quality, int sizesMaxSide,
                             int pdfDpi) {

    public TilingSettings {
        requireRange("tile size", tileSize, 64, 4096);
        requireRange("quality", quality, 1, 100);
        requireRange("largest pre-rendered size", sizesMaxSide, 64, 65_535);
        requireRange("PDF dpi", pdfDpi, 18, 1200);
    }

    /** The libvips save suffix, e.g. {@code .jpg[Q=85]}. */
    public String suffix(TileFormat tileFormat) {
        return "." + tileFormat.extension() + "[Q=" + quality + "]";
    }

    private static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " " + value + " is out of range: use " + min + " to " + max);
        }
    }
}
