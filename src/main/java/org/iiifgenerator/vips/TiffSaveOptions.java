package org.iiifgenerator.vips;

/**
 * Options of {@link VipsImage#tiffsave}.
 *
 * @param tileSize tile width and height; libtiff takes only multiples of 16
 * @param quality  JPEG quality, 1-100
 * @param bigTiff  64-bit offsets, for a file that may pass 4 GB (which a classic TIFF cannot address)
 */
public record TiffSaveOptions(int tileSize, int quality, boolean bigTiff) {

    public TiffSaveOptions {
        if (tileSize < 16 || tileSize % 16 != 0) {
            throw new IllegalArgumentException("TIFF tile size must be a multiple of 16, was " + tileSize);
        }
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("quality must be in 1..100, was " + quality);
        }
    }
}
