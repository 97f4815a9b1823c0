package org.iiifgenerator.iiif.image;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iiifgenerator.iiif.IiifVersion;

/**
 * Chooses the whole-image sizes to pre-render. Only sizes of the tile pyramid's own levels are offered:
 * viewers (OpenSeadragon, and Mirador through it) take a {@code sizes} list as pyramid levels when its length
 * matches the number of levels, so any other size would make them ask for tiles that do not exist. Levels
 * are taken from the smallest up, contiguously, while their longest side stays within the limit.
 */
public final class DerivedSizes {

    private DerivedSizes() {
    }

    /**
     * @return ascending sizes; never empty (the smallest level is kept even when it exceeds the limit) and never
     * larger than the image (no upscaling).
     */
    public static List<Size> choose(int width, int height, List<Integer> scaleFactors, int maxLongestSide) {
        List<Integer> descendingFactors = scaleFactors.stream().sorted((a, b) -> b - a).toList();
        List<Size> sizes = new ArrayList<>();
        for (int factor : descendingFactors) {
            Size level = Size.atScaleFactor(width, height, factor);
            if (!sizes.isEmpty() && level.longestSide() > maxLongestSide) {
                break;
            }
            sizes.add(level);
            if (level.longestSide() > maxLongestSide) {
                break;
            }
        }
        return List.copyOf(sizes);
    }

    /**
     * The sizes a client can tell apart by their canonical URLs. Image API 2.1 names a size by its width alone
     * ({@code full/1,/0/default.jpg}), so of the ascending sizes of a strip a few pixels wide, which share a width,
     * only the largest is kept: it is the one whose file is at that URL.
     */
    public static List<Size> addressable(List<Size> ascending, IiifVersion version) {
        Map<String, Size> bySegment = new LinkedHashMap<>();
        for (Size size : ascending) {
            bySegment.remove(version.sizeSegment(size.width(), size.height()));
            bySegment.put(version.sizeSegment(size.width(), size.height()), size);
        }
        return List.copyOf(bySegment.values());
    }
}
