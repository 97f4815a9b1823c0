package org.iiifgenerator.iiif.image;

import java.util.ArrayList;
import java.util.List;

/**
 * The levels of a tile pyramid as libvips' dzsave writes them: scale factors 1, 2, 4, … up to the first level
 * where the whole image fits in one tile. Knowing them before tiling lets the whole-image sizes be rendered
 * while the tiles are being written.
 */
public final class Pyramid {

    private Pyramid() {
    }

    public static List<Integer> scaleFactors(int width, int height, int tileSize) {
        List<Integer> factors = new ArrayList<>();
        int factor = 1;
        factors.add(factor);
        while (Size.atScaleFactor(width, height, factor).longestSide() > tileSize) {
            factor *= 2;
            factors.add(factor);
        }
        return List.copyOf(factors);
    }

    /** The size of the single-tile level, the pyramid's top. */
    public static Size top(int width, int height, List<Integer> scaleFactors) {
        return Size.atScaleFactor(width, height, scaleFactors.getLast());
    }
}
