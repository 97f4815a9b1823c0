package org.iiifgenerator.vips;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of {@link LoadOptions} that the file's own loader accepts: libvips rejects unknown options
 * ("jpegload: no property named `page'"), so page is only sent when &gt; 0 and dpi only to the PDF loader.
 *
 * @param page 0 = leave out
 * @param dpi  null = leave out
 */
record LoaderSettings(int page, Integer dpi) {

    private static final String PDF_LOADER_PREFIX = "VipsForeignLoadPdf";

    static LoaderSettings of(Path file, LoadOptions options) {
        Integer dpi = options.dpi() != null && isPdf(file) ? options.dpi() : null;
        return new LoaderSettings(options.page(), dpi);
    }

    void addTo(VipsOptions options) {
        if (page > 0) {
            options.add("page", page);
        }
        if (dpi != null) {
            options.add("dpi", dpi.doubleValue());
        }
    }

    /** The file name with these settings appended as "[name=value,...]", for vips_thumbnail, which takes no typed loader options. */
    String withFilename(Path file) {
        List<String> parts = new ArrayList<>();
        if (page > 0) {
            parts.add("page=" + page);
        }
        if (dpi != null) {
            parts.add("dpi=" + dpi);
        }
        return parts.isEmpty() ? file.toString() : file + "[" + String.join(",", parts) + "]";
    }

    private static boolean isPdf(Path file) {
        try (Arena arena = Arena.ofConfined()) {
            String loader = LibVips.foreignFindLoad(arena.allocateFrom(file.toString()));
            if (loader == null) {
                throw VipsErrors.failure(file, "open");
            }
            return loader.startsWith(PDF_LOADER_PREFIX);
        }
    }
}
