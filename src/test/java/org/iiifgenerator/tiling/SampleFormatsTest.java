package org.iiifgenerator.tiling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.iiifgenerator.collection.SourcePage;
import org.iiifgenerator.iiif.IiifVersion;
import org.iiifgenerator.iiif.image.TileFormat;
import org.iiifgenerator.testsupport.SampleTiff;
import org.iiifgenerator.testsupport.SampleTiff.SampleFormat;
import org.iiifgenerator.testsupport.VipsCli;
import org.iiifgenerator.vips.VipsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TIFFs in the sample formats scientific software writes, published as libvips itself converts them: float RGB
 * is scRGB (linear light, 0 to 1, as Photoshop writes it) and is gamma-encoded to sRGB; signed integers are
 * clipped to 0-255 as libvips' cast does; planes stored separately read like interleaved ones. 64-bit samples
 * libvips cannot read at all: such a page fails, with a reason that says so.
 */
class SampleFormatsTest {

    private static final int WIDTH = 64;
    private static final int HEIGHT = 48;
    /** Smooth gradients saved as JPEG at quality 95 move a sample by a level or two at most. */
    private static final int JPEG_TOLERANCE = 3;

    @TempDir
    Path dir;

    @Test
    void floatRgbIsLinearLightEncodedToSrgb() {
        Path tiff = SampleTiff.write(dir.resolve("float32.tif"), WIDTH, HEIGHT, 1, 3, 32, SampleFormat.FLOAT, false,
                SampleFormatsTest::linearGradient);
        assertPublished(tile(tiff, 0, 1), 0, SampleFormatsTest::linearGradient);
    }

    @Test
    void planarFloatRgbPagesAreEachPublished() {
        Path tiff = SampleTiff.write(dir.resolve("planar-float32.tif"), WIDTH, HEIGHT, 2, 3, 32, SampleFormat.FLOAT,
                true, SampleFormatsTest::linearGradient);
        assertPublished(tile(tiff, 0, 2), 0, SampleFormatsTest::linearGradient);
        assertPublished(tile(tiff, 1, 2), 1, SampleFormatsTest::linearGradient);
    }

    @Test
    void signedIntegersAreClippedToEightBits() {
        SampleTiff.Samples samples = (page, x, y, band) -> switch (band) {
            case 0 -> x * 6 - 60;      // -60 to 318: a ramp clipped at both ends
            case 1 -> -y * 500;        // negative: black
            default -> 20000;          // over 255: full
        };
        Path tiff = SampleTiff.write(dir.resolve("int16.tif"), WIDTH, HEIGHT, 1, 3, 16, SampleFormat.SIGNED, false,
                samples);
        TiledImage tiled = tile(tiff, 0, 1);
        for (int[] point : points()) {
            int x = point[0];
            int y = point[1];
            assertThat(pixel(tiled, x, y)).as("pixel %d,%d", x, y).satisfies(rgb -> {
                assertThat(rgb[0]).isCloseTo(Math.clamp(x * 6 - 60, 0, 255), offset(JPEG_TOLERANCE));
                assertThat(rgb[1]).isCloseTo(0, offset(JPEG_TOLERANCE));
                assertThat(rgb[2]).isCloseTo(255, offset(JPEG_TOLERANCE));
            });
        }
    }

    @Test
    void aPlanarFloat64MultiPageTiffFailsWithAReasonNamingTheFile() {
        Path tiff = SampleTiff.write(dir.resolve("multipage-float64.tif"), 15, 10, 2, 3, 64, SampleFormat.FLOAT, true,
                SampleFormatsTest::linearGradient);
        assertThatThrownBy(() -> tile(tiff, 1, 2))
                .isInstanceOf(VipsException.class)
                .hasMessage(tiff + ": open: tiff2vips: samples out of range (libvips reads TIFF samples of up to 32 "
                        + "bits; this file's are wider, such as 64-bit floats, or its header is damaged: save it with "
                        + "32-bit float or 16-bit integer samples)");
    }

    /** Red across, green down, linear light 0 to 1; blue differs by page. */
    private static double linearGradient(int page, int x, int y, int band) {
        return switch (band) {
            case 0 -> x / (WIDTH - 1.0);
            case 1 -> y / (HEIGHT - 1.0);
            default -> page == 0 ? 0.2 : 0.8;
        };
    }

    private void assertPublished(TiledImage tiled, int page, SampleTiff.Samples linear) {
        for (int[] point : points()) {
            int[] expected = new int[3];
            for (int band = 0; band < 3; band++) {
                expected[band] = (int) Math.round(255 * srgbEncoded(linear.value(page, point[0], point[1], band)));
            }
            int[] actual = pixel(tiled, point[0], point[1]);
            for (int band = 0; band < 3; band++) {
                assertThat(actual[band]).as("page %d, pixel %d,%d: %s, expected %s", page, point[0], point[1],
                                Arrays.toString(actual), Arrays.toString(expected))
                        .isCloseTo(expected[band], offset(JPEG_TOLERANCE));
            }
        }
    }

    /** The sRGB transfer function (IEC 61966-2-1). */
    private static double srgbEncoded(double linear) {
        return linear <= 0.0031308 ? 12.92 * linear : 1.055 * Math.pow(linear, 1 / 2.4) - 0.055;
    }

    private static int[][] points() {
        return new int[][] {{0, 0}, {8, 40}, {20, 10}, {32, 24}, {50, 30}, {63, 47}};
    }

    private static int[] pixel(TiledImage tiled, int x, int y) {
        Path full = tiled.folder().resolve("full/max/0/default.jpg");
        return Arrays.stream(VipsCli.run("vips", "getpoint", full.toString(), String.valueOf(x), String.valueOf(y))
                .strip().split("\\s+")).mapToInt(Integer::parseInt).toArray();
    }

    private TiledImage tile(Path source, int pageInFile, int pagesInFile) {
        try {
            SourcePage page = new SourcePage("obj", "obj", pageInFile + 1, source.getFileName().toString(),
                    source.toString(), "v1", pageInFile, pagesInFile);
            return new ImageTiler(new TilingSettings(IiifVersion.V3, 256, TileFormat.JPG, 95, 2048, 72, 2000, 2000))
                    .tile(page, source, "https://iiif.example.org/s/p", dir.resolve("out-" + source.getFileName() + "-" + pageInFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
