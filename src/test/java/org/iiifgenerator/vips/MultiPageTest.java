package org.iiifgenerator.vips;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultiPageTest {

    private static final int WIDTH = 100;
    private static final int PAGE_HEIGHT = 70;

    @TempDir
    static Path dir;
    static Path tiff;

    @BeforeAll
    static void makeTiff() {
        tiff = Fixtures.multiPageTiff(dir, "pages.tif", WIDTH, PAGE_HEIGHT, 10, 60, 110);
    }

    @Test
    void countsThePages() {
        try (VipsImage image = Vips.open(tiff, LoadOptions.firstPage())) {
            assertThat(image.pageCount()).isEqualTo(3);
            assertThat(image.height()).isEqualTo(PAGE_HEIGHT);
            assertThat(image.pageHeight()).isEqualTo(PAGE_HEIGHT);
        }
    }

    @Test
    void opensTheRequestedPage() {
        try (VipsImage first = Vips.open(tiff, LoadOptions.firstPage());
             VipsImage third = Vips.open(tiff, LoadOptions.firstPage().withPage(2))) {
            assertThat(third.width()).isEqualTo(WIDTH);
            assertThat(third.height()).isEqualTo(PAGE_HEIGHT);
            assertThat(Fixtures.pixel(first, dir, 5, 5)).containsExactly(10);
            assertThat(Fixtures.pixel(third, dir, 5, 5)).containsExactly(110);
        }
    }

    @Test
    void thumbnailsTheRequestedPage() {
        try (VipsImage thumbnail = Vips.thumbnail(tiff, 25, 17, LoadOptions.firstPage().withPage(1))) {
            assertThat(thumbnail.width()).isEqualTo(25);
            assertThat(thumbnail.height()).isEqualTo(17);
            assertThat(Fixtures.pixel(thumbnail, dir, 3, 3)).containsExactly(60);
        }
    }
}
