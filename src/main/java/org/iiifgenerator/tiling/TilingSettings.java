package org.iiifgenerator.tiling;

import java.util.Objects;
import org.iiifgenerator.iiif.IiifVersion;
import org.iiifgenerator.iiif.image.TileFormat;

/**
 * How image services are made.
 *
 * @param tileSize      tile width and height in pixels
 * @param quality       JPEG/WebP quality (1-100) of tiles and pre-rendered sizes
 * @param sizesMaxSide  longest side of the largest pre-rendered whole image ({@code full/max})
 * @param pdfDpi        resolution PDF pages are rendered at
 * @param maxMegapixels largest page accepted, in millions of pixels: a larger one is refused from its header,
 *                      before any pixel is decoded (a decompression bomb, or a header that lies)
 * @param maxPages      most pages taken from one file (a multi-page TIFF or a PDF): a file with more is left out,
 *                      counted from its header
 * @param pyramidTiff   whether a pyramidal TIFF per page is written, besides the tiles or instead of them
 * @param imageServer   base URL of the image server that serves the TIFFs when no tiles are written; null
 *                      otherwise
 */
public record TilingSettings(IiifVersion version, int tileSize, TileFormat format, int quality, int sizesMaxSide,
                             int pdfDpi, int maxMegapixels, int maxPages, PyramidTiff pyramidTiff,
                             String imageServer) {

    public static final Limit TILE_SIZE = new Limit("tile size", 64, 4096);
    public static final Limit QUALITY = new Limit("quality", 1, 100);
    public static final Limit SIZES_MAX_SIDE = new Limit("largest pre-rendered size", 64, 65_535);
    public static final Limit PDF_DPI = new Limit("PDF dpi", 18, 1200);
    public static final Limit MAX_MEGAPIXELS = new Limit("largest page in megapixels", 1, 1_000_000);
    public static final Limit MAX_PAGES = new Limit("most pages of one file", 1, 100_000);

    public TilingSettings {
        TILE_SIZE.require(tileSize);
        QUALITY.require(quality);
        SIZES_MAX_SIDE.require(sizesMaxSide);
        PDF_DPI.require(pdfDpi);
        MAX_MEGAPIXELS.require(maxMegapixels);
        MAX_PAGES.require(maxPages);
        Objects.requireNonNull(pyramidTiff, "pyramidTiff");
        if ((imageServer == null) == (pyramidTiff == PyramidTiff.TIFF)) {
            throw new IllegalArgumentException("an image server serves the pages exactly when no tiles are written");
        }
    }

    /** Static tiles only. */
    public TilingSettings(IiifVersion version, int tileSize, TileFormat format, int quality, int sizesMaxSide,
                          int pdfDpi, int maxMegapixels, int maxPages) {
        this(version, tileSize, format, quality, sizesMaxSide, pdfDpi, maxMegapixels, maxPages, PyramidTiff.TILES,
                null);
    }

    /** The libvips save suffix, e.g. {@code .jpg[Q=85]}. */
    public String suffix(TileFormat tileFormat) {
        return "." + tileFormat.extension() + "[Q=" + quality + "]";
    }

    /** The values a setting may take. */
    public record Limit(String name, int min, int max) {

        public int require(int value) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + " " + value + " is out of range: use " + min + " to " + max);
            }
            return value;
        }
    }
}
