package org.iiifgenerator.vips;

import java.util.Objects;

/**
 * Options of {@link VipsImage#dzsave}.
 *
 * @param layout   IIIF3 (Image API 3) or IIIF (Image API 2)
 * @param tileSize tile edge in pixels
 * @param suffix   tile file suffix with optional save options, e.g. {@code .jpg[Q=85]} or {@code .webp[Q=80]}
 * @param id       base URL written into dzsave's own info.json; libvips appends {@code /<target directory name>}
 *                 to it. Null keeps the libvips default ({@code https://example.com/iiif}).
 */
public record DzSaveOptions(DzLayout layout, int tileSize, String suffix, String id) {

    public DzSaveOptions {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(suffix, "suffix");
        if (tileSize < 1 || tileSize > 8192) {
            throw new IllegalArgumentException("tileSize must be in 1..8192, was " + tileSize);
        }
        if (suffix.isBlank()) {
            throw new IllegalArgumentException("suffix must not be blank");
        }
    }
}
