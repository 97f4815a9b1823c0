package org.iiifgenerator.iiif.image;

import java.util.List;
import org.iiifgenerator.iiif.IiifVersion;

/**
 * What a published level-0 image service offers: the facts {@code info.json}, canvases and thumbnails are
 * written from. {@code sizes} are ascending and each exists as a {@code full/…} file; {@code maxSize} is the
 * size of {@code full/max} ({@code full/full} in v2), smaller than the image when the full resolution is only
 * available as tiles.
 */
public record ImageService(String id, IiifVersion version, int width, int height, int tileSize,
                           List<Integer> scaleFactors, List<Size> sizes, Size maxSize, TileFormat tileFormat) {

    public ImageService {
        scaleFactors = List.copyOf(scaleFactors);
        sizes = List.copyOf(sizes);
    }

    /** The same service published under another id (another base URL): the tiles and sizes are the same. */
    public ImageService withId(String newId) {
        return new ImageService(newId, version, width, height, tileSize, scaleFactors, sizes, maxSize, tileFormat);
    }

    public boolean isMaxSizeFullResolution() {
        return maxSize.width() == width && maxSize.height() == height;
    }

    /** URL of the whole image at its largest pre-rendered size (the painting body of a canvas). */
    public String maxImageUrl() {
        return id + "/full/" + version.maxSizeKeyword() + "/0/default.jpg";
    }

    /** URL of a pre-rendered size. */
    public String sizeUrl(Size size) {
        return id + "/full/" + version.sizeSegment(size.width(), size.height()) + "/0/default.jpg";
    }

    /**
     * The pre-rendered size that serves best as a thumbnail: the smallest at least {@code minSide} long and half
     * that wide, so that a strip (whose small sizes are 1 or 2 pixels wide) still shows; when no listed size is
     * that large (a tiny image, or a strip), the largest listed size, which is as visible as the image allows.
     */
    public Size thumbnailSize(int minSide) {
        return sizes.stream().filter(s -> s.longestSide() >= minSide && s.shortestSide() >= minSide / 2)
                .findFirst().orElse(sizes.getLast());
    }
}
