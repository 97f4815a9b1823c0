package org.iiifgenerator.iiif.image;

/** A width × height in pixels, as listed in {@code sizes} and used for {@code full/…} files. */
public record Size(int width, int height) {

    /** The size of the whole image at a scale factor, rounded up as the Image API and OpenSeadragon do. */
    public static Size atScaleFactor(int width, int height, int scaleFactor) {
        return new Size(ceilDiv(width, scaleFactor), ceilDiv(height, scaleFactor));
    }

    public int longestSide() {
        return Math.max(width, height);
    }

    public int shortestSide() {
        return Math.min(width, height);
    }

    private static int ceilDiv(int value, int divisor) {
        return (value + divisor - 1) / divisor;
    }
}
