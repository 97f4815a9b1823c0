package org.iiifgenerator.iiif.image;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.iiifgenerator.iiif.IiifVersion;

/**
 * What a published image service offers: the facts {@code info.json}, canvases and thumbnails are written from.
 * A static (level-0) service has {@code sizes} ascending, each a {@code full/…} file, and {@code maxSize} is the
 * size of {@code full/max} ({@code full/full} in v2), smaller than the image when the full resolution is only
 * available as tiles. A service an image server runs from the page's pyramidal TIFF (level 2) renders any size;
 * canvases and thumbnails then ask it for the same sizes a static service would have.
 *
 * @param level level 0 for our static services; null (records of earlier versions) reads as level 0
 */
public record ImageService(String id, IiifVersion version, int width, int height, int tileSize,
                           List<Integer> scaleFactors, List<Size> sizes, Size maxSize, TileFormat tileFormat,
                           ComplianceLevel level) {

    public ImageService {
        scaleFactors = List.copyOf(scaleFactors);
        sizes = List.copyOf(sizes);
        level = level == null ? ComplianceLevel.LEVEL0 : level;
    }

    /** A static, level-0 service. */
    public ImageService(String id, IiifVersion version, int width, int height, int tileSize,
                        List<Integer> scaleFactors, List<Size> sizes, Size maxSize, TileFormat tileFormat) {
        this(id, version, width, height, tileSize, scaleFactors, sizes, maxSize, tileFormat, ComplianceLevel.LEVEL0);
    }

    /** The same service published under another id (another base URL): the tiles and sizes are the same. */
    public ImageService withId(String newId) {
        return new ImageService(newId, version, width, height, tileSize, scaleFactors, sizes, maxSize, tileFormat,
                level);
    }

    /** Whether the service is our static one, files under its id, rather than an image server's. */
    @JsonIgnore
    public boolean isStatic() {
        return level == ComplianceLevel.LEVEL0;
    }

    public boolean isMaxSizeFullResolution() {
        return maxSize.width() == width && maxSize.height() == height;
    }

    /**
     * URL of the whole image at {@code maxSize} (the painting body of a canvas): {@code full/max} of a static
     * service; from an image server, where {@code max} is the full resolution, that size by name.
     */
    public String maxImageUrl() {
        return isStatic() ? id + "/full/" + version.maxSizeKeyword() + "/0/default.jpg" : sizeUrl(maxSize);
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
