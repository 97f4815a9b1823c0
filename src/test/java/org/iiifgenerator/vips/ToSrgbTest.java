package org.iiifgenerator.vips;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToSrgbTest {

    @TempDir
    static Path dir;
    static Path rgb;

    @BeforeAll
    static void makeSource() {
        rgb = Fixtures.convert(Fixtures.noiseRgb(dir, "colour", 60, 40), dir, "colour.tif");
    }

    @Test
    void cmykBecomesEightBitSrgb() {
        Path cmyk = dir.resolve("cmyk.tif");
        Fixtures.run("vips", "colourspace", rgb.toString(), cmyk.toString(), "cmyk");
        try (VipsImage image = Vips.open(cmyk, LoadOptions.firstPage()); VipsImage srgb = image.toSrgb()) {
            assertThat(image.interpretation()).isEqualTo("cmyk");
            assertThat(srgb.interpretation()).isEqualTo("srgb");
            assertThat(srgb.bands()).isEqualTo(3);
            assertThatIsEightBit(srgb);
        }
    }

    @Test
    void sixteenBitRgbBecomesEightBitSrgbWithTheSameColours() {
        Path rgb16 = dir.resolve("rgb16.tif");
        Fixtures.run("vips", "colourspace", rgb.toString(), rgb16.toString(), "rgb16");
        try (VipsImage image = Vips.open(rgb16, LoadOptions.firstPage()); VipsImage srgb = image.toSrgb()) {
            assertThat(image.interpretation()).isEqualTo("rgb16");
            assertThat(srgb.interpretation()).isEqualTo("srgb");
            assertThatIsEightBit(srgb);
            assertThat(Fixtures.pixel(srgb, dir, 7, 7)).containsExactly(Fixtures.pixel(rgb, 7, 7));
        }
    }

    @Test
    void sixteenBitGreyBecomesEightBitGrey() {
        Path grey16 = dir.resolve("grey16.png");
        Fixtures.run("vips", "colourspace", rgb.toString(), grey16.toString(), "grey16");
        try (VipsImage image = Vips.open(grey16, LoadOptions.firstPage()); VipsImage grey = image.toSrgb()) {
            assertThat(image.interpretation()).isEqualTo("grey16");
            assertThat(grey.interpretation()).isEqualTo("b-w");
            assertThat(grey.bands()).isEqualTo(1);
            assertThatIsEightBit(grey);
        }
    }

    @Test
    void eightBitSrgbIsReturnedAsASecondReference() {
        try (VipsImage image = Vips.open(rgb, LoadOptions.firstPage())) {
            VipsImage same = image.toSrgb();
            same.close();
            // Closing the second reference leaves the first one usable.
            assertThat(image.interpretation()).isEqualTo("srgb");
            assertThat(Fixtures.pixel(image, dir, 3, 3)).containsExactly(Fixtures.pixel(rgb, 3, 3));
        }
    }

    /** Saved as PNG: 8-bit images stay 8-bit, so the reopened file tells the sample format. */
    private static void assertThatIsEightBit(VipsImage image) {
        Path png = dir.resolve("check-" + System.nanoTime() + ".png");
        image.save(png, "");
        assertThat(Fixtures.run("vipsheader", png.toString())).contains(" uchar,");
    }
}
