package org.iiifgenerator.vips;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThumbnailTest {

    @TempDir
    static Path dir;
    static Path jpeg;

    @BeforeAll
    static void makeSource() {
        jpeg = Fixtures.convert(Fixtures.noiseRgb(dir, "large", 1000, 700), dir, "large.jpg[Q=90]");
    }

    @ParameterizedTest
    @CsvSource({"250, 175", "333, 77", "1, 1", "1000, 700", "1200, 900"})
    void thumbnailOfAFileHasExactlyTheRequestedSize(int width, int height) {
        try (VipsImage thumbnail = Vips.thumbnail(jpeg, width, height, LoadOptions.firstPage())) {
            assertThat(thumbnail.width()).isEqualTo(width);
            assertThat(thumbnail.height()).isEqualTo(height);
        }
    }

    @ParameterizedTest
    @CsvSource({"250, 175", "333, 77", "1001, 3"})
    void thumbnailOfAnOpenImageHasExactlyTheRequestedSize(int width, int height) {
        try (VipsImage image = Vips.open(jpeg, LoadOptions.firstPage());
             VipsImage thumbnail = image.thumbnailTo(width, height)) {
            assertThat(thumbnail.width()).isEqualTo(width);
            assertThat(thumbnail.height()).isEqualTo(height);
        }
    }

    @Test
    void thumbnailCanBeSavedAndReopened() {
        Path saved = dir.resolve("thumb.jpg");
        try (VipsImage thumbnail = Vips.thumbnail(jpeg, 250, 175, LoadOptions.firstPage())) {
            thumbnail.save(saved, "[Q=85]");
        }
        try (VipsImage reopened = Vips.open(saved, LoadOptions.firstPage())) {
            assertThat(reopened.width()).isEqualTo(250);
            assertThat(reopened.height()).isEqualTo(175);
            assertThat(reopened.bands()).isEqualTo(3);
        }
    }
}
