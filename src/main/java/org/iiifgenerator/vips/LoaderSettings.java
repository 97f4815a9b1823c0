package org.iiifgenerator.vips;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The part of {@link LoadOptions} that the file's own loader accepts: libvips rejects unknown options
 * ("jpegload: no property named `page'"), so page is only sent when &gt; 0 and dpi only to the PDF loader.
 *
 * @param values loader option names and values (Integer or Double, the C type they have), in order
 */
record LoaderSettings(Map<String, Number> values) {

    private static final String PDF_LOADER_PREFIX = "VipsForeignLoadPdf";

    /** @param operation names the caller's operation if the file turns out to be unreadable */
    static LoaderSettings of(Path file, LoadOptions options, String operation) {
        Map<String, Number> values = new LinkedHashMap<>();
        if (options.page() > 0) {
            values.put("page", options.page());
        }
        if (options.dpi() != null && isPdf(file, operation)) {
            values.put("dpi", options.dpi().doubleValue());
        }
        return new LoaderSettings(values);
    }

    void addTo(VipsOptions options) {
        values.forEach((name, value) -> {
            if (value instanceof Integer integer) {
                options.add(name, integer);
            } else {
                options.add(name, value.doubleValue());
            }
        });
    }

    /** The file name with the settings appended as "[name=value,...]", for vips_thumbnail, which takes no typed loader options. */
    String withFilename(Path file) {
        if (values.isEmpty()) {
            return file.toString();
        }
        return values.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(",", file + "[", "]"));
    }

    private static boolean isPdf(Path file, String operation) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment name = arena.allocateFrom(file.toString());
            // Failing here, rather than in the load that would follow, keeps libvips' error text from doubling up.
            String loader = VipsErrors.repeatable(file, operation, () -> LibVips.foreignFindLoad(name), Objects::isNull);
            return loader.startsWith(PDF_LOADER_PREFIX);
        }
    }
}
