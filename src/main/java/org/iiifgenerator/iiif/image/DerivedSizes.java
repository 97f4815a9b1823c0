package org.iiifgenerator.iiif.image;

import java.util.ArrayList;
import java.util.List;

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
}
