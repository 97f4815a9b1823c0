package org.iiifgenerator.tiling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.iiifgenerator.collection.SourcePage;
import org.iiifgenerator.iiif.IiifVersion;
import org.iiifgenerator.iiif.image.TileFormat;
import org.iiifgenerator.testsupport.SampleTiff;
import org.iiifgenerator.testsupport.SampleTiff.SampleFormat;
import org.iiifgenerator.testsupport.VipsCli;
import org.iiifgenerator.vips.VipsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * TIFFs in the sample formats scientific software writes, published as libvips itself converts them: float RGB
 * is scRGB (linear light, 0 to 1, as Photoshop writes it) and is gamma-encoded to sRGB; signed integers are
 * clipped to 0-255 as libvips' cast does; planes stored separately read like interleaved ones. 64-bit samples,
 * which libvips cannot read, are read by this project and published as the same data in 32 bits would be; what
 * it does not read fails, with a reason that says so.
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
    void planarFloat64PagesArePublishedAsTheSameDataInFloat32() {
        Path float32 = SampleTiff.write(dir.resolve("planar-float32.tif"), WIDTH, HEIGHT, 2, 3, 32, SampleFormat.FLOAT,
                true, SampleFormatsTest::linearGradient);
        Path float64 = SampleTiff.write(dir.resolve("planar-float64.tif"), WIDTH, HEIGHT, 2, 3, 64, SampleFormat.FLOAT,
                true, SampleFormatsTest::linearGradient);

        assertThat(new VipsPageCounter().count(float64)).isEqualTo(2);
        for (int page = 0; page < 2; page++) {
            TiledImage tiled = tile(float64, page, 2);
            assertSamePixels(tiled, tile(float32, page, 2));
            assertPublished(tiled, page, SampleFormatsTest::linearGradient);
        }
    }

    @Test
    void chunkyFloat64GreyInEitherByteOrderIsPublishedAsFloat32() {
        SampleTiff.Samples grey = (page, x, y, band) -> x * 3.5 + y * 0.5 - 10; // b-w: 0-255, clipped below 0
        Path float32 = SampleTiff.write(dir.resolve("grey-float32.tif"), WIDTH, HEIGHT, 1, 1, 32, SampleFormat.FLOAT,
                false, grey);
        TiledImage expected = tile(float32, 0, 1);
        assertThat(pixel(expected, 63, 47)[0]).isCloseTo(234, offset(JPEG_TOLERANCE));
        for (ByteOrder order : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)) {
            Path float64 = SampleTiff.write(dir.resolve("grey-float64-" + order + ".tif"), order, WIDTH, HEIGHT, 1, 1,
                    64, SampleFormat.FLOAT, false, grey);
            assertSamePixels(tile(float64, 0, 1), expected);
        }
    }

    @Test
    void signed64BitIntegersAreClippedAs32BitOnesAre() {
        SampleTiff.Samples samples = (page, x, y, band) -> (x - 20) * 9 + band * y * 40;
        Path int32 = SampleTiff.write(dir.resolve("int32.tif"), WIDTH, HEIGHT, 1, 3, 32, SampleFormat.SIGNED, false,
                samples);
        Path int64 = SampleTiff.write(dir.resolve("int64.tif"), WIDTH, HEIGHT, 1, 3, 64, SampleFormat.SIGNED, true,
                samples);
        TiledImage expected = tile(int32, 0, 1);
        int[] clipped = pixel(expected, 40, 2);
        assertThat(clipped[0]).isCloseTo(180, offset(JPEG_TOLERANCE));
        assertThat(clipped[2]).isCloseTo(255, offset(JPEG_TOLERANCE));

        assertSamePixels(tile(int64, 0, 1), expected);
    }

    /** What libvips' own saver writes from doubles, which its loader cannot read back. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[compression=deflate]", "[compression=deflate,predictor=none]",
            "[compression=deflate,predictor=float,tile,tile-width=16,tile-height=16]",
            "[bigtiff,tile,tile-width=32,tile-height=16]", "[compression=deflate,bigtiff]"})
    void float64WrittenByLibvipsIsPublishedAsFloat32(String saveOptions) {
        Path float32 = SampleTiff.write(dir.resolve("float32.tif"), WIDTH, HEIGHT, 1, 3, 32, SampleFormat.FLOAT, false,
                SampleFormatsTest::linearGradient);
        Path float64 = dir.resolve("float64.tif");
        VipsCli.run("vips", "cast", float32.toString(), float64 + saveOptions, "double");

        assertSamePixels(tile(float64, 0, 1), tile(float32, 0, 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "[compression=lzw]|compressed with method 5",
            "[compression=packbits]|compressed with method 32773"})
    void anUnsupportedFloat64TiffFailsWithAReasonNamingTheFile(String saveOptions, String what) {
        Path float32 = SampleTiff.write(dir.resolve("float32.tif"), 15, 10, 1, 3, 32, SampleFormat.FLOAT, false,
                SampleFormatsTest::linearGradient);
        Path float64 = dir.resolve("float64.tif");
        VipsCli.run("vips", "cast", float32.toString(), float64 + saveOptions, "double");

        assertThatThrownBy(() -> tile(float64, 0, 1))
                .isInstanceOf(VipsException.class)
                .hasMessage(float64 + ": open: a TIFF of 64-bit samples " + what + " cannot be read (64-bit samples "
                        + "are read uncompressed or deflate-compressed, with or without a predictor, in strips or "
                        + "tiles, as RGB(A) or grey(+alpha); or save it with 32-bit float samples)");
    }

    @Test
    void aFloat64PageOverTheMemoryLimitFailsWithAReasonNamingTheFileAndTheLimit() throws IOException {
        Path tiff = SampleTiff.write(dir.resolve("huge-float64.tif"), 10, 10, 1, 1, 64, SampleFormat.FLOAT, false,
                (page, x, y, band) -> 0);
        // The first two entries of the only directory are its width and height (LONG values, little-endian).
        byte[] bytes = Files.readAllBytes(tiff);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(18, 8000).putInt(30, 7000);
        Files.write(tiff, bytes);

        assertThatThrownBy(() -> tile(tiff, 0, 1))
                .isInstanceOf(VipsException.class)
                .hasMessage(tiff + ": open: a page of 64-bit samples is read whole into memory, at most 50 megapixels; "
                        + "this one is 8000x7000: save it with 32-bit float samples");
    }

    @Test
    void aTruncatedFloat64TiffFailsWithAReasonNamingTheFile() throws IOException {
        Path tiff = SampleTiff.write(dir.resolve("cut-float64.tif"), WIDTH, HEIGHT, 1, 3, 64, SampleFormat.FLOAT, true,
                SampleFormatsTest::linearGradient);
        byte[] bytes = Files.readAllBytes(tiff);
        Files.write(tiff, Arrays.copyOf(bytes, bytes.length - 100));

        assertThatThrownBy(() -> tile(tiff, 0, 1))
                .isInstanceOf(VipsException.class)
                .hasMessage(tiff + ": open: truncated: strip 2 ends early");
    }

    private static void assertSamePixels(TiledImage actual, TiledImage expected) {
        Path image = actual.folder().resolve("full/max/0/default.jpg");
        assertThat(VipsCli.maxAbsoluteDifference(image, expected.folder().resolve("full/max/0/default.jpg")))
                .as("largest difference to the float32 image, in levels").isLessThanOrEqualTo(1);
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
