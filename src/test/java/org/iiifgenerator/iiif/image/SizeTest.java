package org.iiifgenerator.iiif.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizeTest {

    @ParameterizedTest
    @CsvSource({
            "1000, 700, 1, 1000, 700",
            "1000, 700, 3, 334, 234",
            "257, 100, 2, 129, 50",
            "12000, 9000, 32, 375, 282",
            "1, 1, 8, 1, 1"})
    void aScaleFactorLevelIsRoundedUpLikeViewersDo(int width, int height, int factor, int levelWidth,
                                                   int levelHeight) {
        assertThat(Size.atScaleFactor(width, height, factor)).isEqualTo(new Size(levelWidth, levelHeight));
    }

    @Test
    void longestSideIsTheLargerOfWidthAndHeight() {
        assertThat(new Size(300, 1200).longestSide()).isEqualTo(1200);
        assertThat(new Size(1200, 300).longestSide()).isEqualTo(1200);
    }
}
