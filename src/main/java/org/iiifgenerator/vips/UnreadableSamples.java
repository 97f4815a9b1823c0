package org.iiifgenerator.vips;

/**
 * Says why libvips cannot open a file where its own text does not: libvips (8.14, and still today) refuses TIFF
 * samples wider than 32 bits with "samples out of range", which is how a 64-bit float TIFF (what scikit-image
 * and tifffile write for float64 arrays) fails to open. {@link Float64Tiff} reads those; a file it finds not to
 * have 64-bit samples (a damaged header) fails alone, with this reason.
 */
final class UnreadableSamples {

    static final String TIFF_TEXT = "tiff2vips: samples out of range";
    static final String TIFF_REASON = " (libvips reads TIFF samples of up to 32 bits; this file's are wider, such as "
            + "64-bit floats, or its header is damaged: save it with 32-bit float or 16-bit integer samples)";

    private UnreadableSamples() {
    }

    /** Whether libvips refused the file for its samples' width: {@link Float64Tiff} may read it. */
    static boolean refusesSamples(VipsException failure) {
        return failure.vipsMessage().contains(TIFF_TEXT);
    }

    static VipsException explained(VipsException failure) {
        if (failure.vipsMessage().contains(TIFF_TEXT) && !failure.vipsMessage().contains(TIFF_REASON)) {
            return new VipsException(failure.file(), failure.operation(),
                    failure.vipsMessage().replace(TIFF_TEXT, TIFF_TEXT + TIFF_REASON));
        }
        return failure;
    }
}
