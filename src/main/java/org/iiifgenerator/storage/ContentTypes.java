package org.iiifgenerator.storage;

import java.util.Locale;
import java.util.Map;

/** Content-Type of a published key, from its extension. */
public final class ContentTypes {

    public static final String JSON = "application/json";
    private static final Map<String, String> BY_EXTENSION = Map.of(
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "webp", "image/webp",
            "png", "image/png",
            "json", JSON,
            "jsonl", "application/x-ndjson",
            "csv", "text/csv; charset=utf-8");

    private ContentTypes() {
    }

    public static String of(String key) {
        int dot = key.lastIndexOf('.');
        String extension = dot < 0 ? "" : key.substring(dot + 1).toLowerCase(Locale.ROOT);
        return BY_EXTENSION.getOrDefault(extension, "application/octet-stream");
    }
}
