package org.iiifgenerator.tiling;

import java.util.Locale;

/**
 * Whether each page is written as one tiled, pyramidal, JPEG-compressed TIFF, the file IIIF image servers
 * (Cantaloupe, IIPImage, serverless-iiif) serve a page from: beside its static level-0 tiles, or instead of them,
 * the manifests then pointing at the image server ({@code iiif.image-server}).
 */
public enum PyramidTiff {
    /** Static tiles only (the default). */
    TILES("tiles"),
    /** Static tiles and a pyramidal TIFF per page. */
    TILES_AND_TIFF("tiles+tiff"),
    /** A pyramidal TIFF per page and no static tiles: an image server serves the pages. */
    TIFF("tiff");

    private final String value;

    PyramidTiff(String value) {
        this.value = value;
    }

    /** As written in configuration. */
    public String value() {
        return value;
    }

    public boolean writesTiff() {
        return this != TILES;
    }

    public boolean writesTiles() {
        return this != TIFF;
    }

    public static PyramidTiff parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (PyramidTiff mode : values()) {
            if (mode.value.equals(v)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("is '" + value + "': use tiles (static tiles only), tiles+tiff (a "
                + "pyramidal TIFF per page besides) or tiff (a pyramidal TIFF per page, no tiles; set "
                + "iiif.image-server too)");
    }
}
