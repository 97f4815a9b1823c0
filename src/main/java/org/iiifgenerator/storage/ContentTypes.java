package org.iiifgenerator.storage;

import java.util.Locale;
import java.util.Map;

/**
 * Content-Type of a published key, from its extension; also of the files the preview server ({@code serve}) and
 * its viewer pages serve, so a preview answers with the types a bucket would.
 */
public final class ContentTypes {

    public static final String JSON = "application/json";
    /** Any extension not listed. */
    public static final String UNKNOWN = "application/octet-stream";
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"),
            Map.entry("png", "image/png"),
            Map.entry("tif", "image/tiff"),
            Map.entry("json", JSON),
            Map.entry("jsonl", "application/x-ndjson"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private ContentTypes() {
    }

    public static String of(String key) {
        int dot = key.lastIndexOf('.');
        String extension = dot < 0 ? "" : key.substring(dot + 1).toLowerCase(Locale.ROOT);
        return BY_EXTENSION.getOrDefault(extension, UNKNOWN);
    }
}
