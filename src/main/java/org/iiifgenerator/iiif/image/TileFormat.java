package org.iiifgenerator.iiif.image;

import java.util.Locale;

/** Encoding of tiles: JPEG (every viewer) or WebP (smaller, advertised as the preferred format). */
public enum TileFormat {
    JPG("jpg", "image/jpeg"),
    WEBP("webp", "image/webp");

    private final String extension;
    private final String mediaType;

    TileFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public static TileFormat parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "jpg", "jpeg" -> JPG;
            case "webp" -> WEBP;
            default -> throw new IllegalArgumentException("Tile format '" + value + "' is not supported: use jpg or webp");
        };
    }
}
