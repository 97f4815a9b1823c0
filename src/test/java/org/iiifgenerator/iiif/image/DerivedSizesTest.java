package org.iiifgenerator.iiif.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.iiifgenerator.iiif.IiifVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DerivedSizesTest {

    @Test
    void sizesAreThePyramidLevelsFromTheSmallestUp() {
        assertThat(DerivedSizes.choose(1000, 700, List.of(1, 2, 4), 2048))
                .containsExactly(new Size(250, 175), new Size(500, 350), new Size(1000, 700));
    }

    @Test
    void theOrderOfTheScaleFactorsDoesNotMatter() {
        assertThat(DerivedSizes.choose(1000, 700, List.of(2, 4, 1), 2048))
                .isEqualTo(DerivedSizes.choose(1000, 700, List.of(1, 2, 4), 2048));
    }

    @Test
    void levelsStopAtTheFirstOneLongerThanTheLimit() {
        assertThat(DerivedSizes.choose(12000, 9000, List.of(1, 2, 4, 8, 16, 32), 2048))
                .containsExactly(new Size(375, 282), new Size(750, 563), new Size(1500, 1125));
    }

    @Test
    void aLevelExactlyAtTheLimitIsKept() {
        assertThat(DerivedSizes.choose(4096, 1000, List.of(1, 2), 2048)).containsExactly(new Size(2048, 500));
    }

    @Test
    void theSmallestLevelIsKeptEvenWhenLongerThanTheLimit() {
        assertThat(DerivedSizes.choose(1000, 700, List.of(1, 2), 64)).containsExactly(new Size(500, 350));
    }

    @Test
    void aSmallImageIsNeverUpscaled() {
        assertThat(DerivedSizes.choose(255, 255, List.of(1), 2048)).containsExactly(new Size(255, 255));
    }

    /**
     * OpenSeadragon takes {@code sizes} as pyramid levels; a size that is not a level, or more sizes than levels,
     * makes it ask for tiles that do not exist.
     */
    @ParameterizedTest(name = "{0}x{1}, limit {2}")
    @CsvSource({
            "1, 1, 2048",
            "255, 255, 2048",
            "256, 256, 2048",
            "257, 100, 2048",
            "1000, 700, 2048",
            "1000, 700, 300",
            "12000, 9000, 2048",
            "12000, 9000, 64",
            "100000, 300, 2048",
            "100000, 300, 65535"})
    void sizesAreAlwaysAContiguousRunOfLevelsFromTheSmallest(int width, int height, int limit) {
        for (int k = 0; (1 << k) <= Math.max(width, height) * 2; k++) {
            List<Integer> factors = powersOfTwoUpTo(k);
            List<Size> levels = levelsFromSmallest(width, height, factors);

            List<Size> sizes = DerivedSizes.choose(width, height, factors, limit);

            assertThat(sizes).as("%dx%d with scale factors %s", width, height, factors)
                    .isNotEmpty()
                    .hasSizeLessThanOrEqualTo(factors.size())
                    .isEqualTo(levels.subList(0, sizes.size()))
                    .allSatisfy(size -> assertThat(size.width()).isLessThanOrEqualTo(width))
                    .allSatisfy(size -> assertThat(size.height()).isLessThanOrEqualTo(height));
            assertThat(sizes.subList(1, sizes.size())).allSatisfy(size ->
                    assertThat(size.longestSide()).isLessThanOrEqualTo(limit));
            if (sizes.size() < levels.size()) {
                assertThat(levels.get(sizes.size()).longestSide()).as("first level left out").isGreaterThan(limit);
            }
        }
    }

    private static List<Integer> powersOfTwoUpTo(int k) {
        List<Integer> factors = new ArrayList<>();
        for (int i = 0; i <= k; i++) {
            factors.add(1 << i);
        }
        return factors;
    }

    private static List<Size> levelsFromSmallest(int width, int height, List<Integer> ascendingFactors) {
        return ascendingFactors.reversed().stream().map(f -> Size.atScaleFactor(width, height, f)).toList();
    }

    @Test
    void aStripsSizesThatShareAWidthAreOneSizeIn21ForTheyShareAUrl() {
        List<Size> sizes = DerivedSizes.choose(1, 700, List.of(1, 2, 4), 2048);
        assertThat(sizes).containsExactly(new Size(1, 175), new Size(1, 350), new Size(1, 700));
        assertThat(DerivedSizes.addressable(sizes, IiifVersion.V2)).containsExactly(new Size(1, 700));
        assertThat(DerivedSizes.addressable(sizes, IiifVersion.V3)).isEqualTo(sizes);
        List<Size> photo = DerivedSizes.choose(1000, 700, List.of(1, 2, 4), 2048);
        assertThat(DerivedSizes.addressable(photo, IiifVersion.V2)).isEqualTo(photo);
    }
}
