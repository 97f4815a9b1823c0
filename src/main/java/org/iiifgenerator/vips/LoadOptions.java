package org.iiifgenerator.vips;

/**
 * How a file is opened.
 *
 * @param page       0-based page of a multi-page TIFF/PDF/GIF; only passed to the loader when &gt; 0, because
 *                   single-page loaders such as JPEG and PNG reject a {@code page} option outright
 * @param dpi        rendering resolution, used only when the file turns out to be a PDF (null = libvips default)
 * @param sequential open with {@code access=sequential}: pixels can then be read only once, top to bottom
 *                   (enough for one dzsave), but large files stream instead of being decoded whole up front
 */
public record LoadOptions(int page, Integer dpi, boolean sequential) {

    public LoadOptions {
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0, was " + page);
        }
        if (dpi != null && dpi <= 0) {
            throw new IllegalArgumentException("dpi must be > 0, was " + dpi);
        }
    }

    /** Page 0, the loader's default resolution, random access. */
    public static LoadOptions firstPage() {
        return new LoadOptions(0, null, false);
    }

    public LoadOptions withPage(int page) {
        return new LoadOptions(page, dpi, sequential);
    }

    public LoadOptions withDpi(Integer dpi) {
        return new LoadOptions(page, dpi, sequential);
    }

    public LoadOptions sequentialAccess() {
        return new LoadOptions(page, dpi, true);
    }
}
