package org.iiifgenerator.vips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TiffSaveTest {

    @TempDir
    static Path dir;
    static Path jpeg;

    @BeforeAll
    static void makeSource() {
        jpeg = Fixtures.convert(Fixtures.noiseRgb(dir, "scan", 1100, 700), dir, "scan.jpg[Q=90]");
    }

    @Test
    void writesTheFileTheVipsCommandWrites() throws IOException {
        Path expected = dir.resolve("cli.tif");
        Fixtures.run("vips", "tiffsave", jpeg.toString(), expected.toString(), "--tile", "--tile-width", "256",
                "--tile-height", "256", "--pyramid", "--compression", "jpeg", "--Q", "80");

        Path actual = save(new TiffSaveOptions(256, 80, false), "java.tif");

        assertThat(actual).hasSameBinaryContentAs(expected);
    }

    @Test
    void writesBigTiffWhenAskedAndClassicTiffOtherwise() throws IOException {
        assertThat(magic(save(new TiffSaveOptions(256, 80, true), "big.tif"))).as("BigTIFF").isEqualTo(43);
        assertThat(magic(save(new TiffSaveOptions(256, 80, false), "classic.tif"))).as("classic TIFF").isEqualTo(42);
    }

    @Test
    void refusesATileSizeTiffCannotTake() {
        assertThatThrownBy(() -> new TiffSaveOptions(100, 80, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("multiple of 16");
    }

    private static Path save(TiffSaveOptions options, String name) {
        Path file = dir.resolve(name);
        try (VipsImage image = Vips.open(jpeg, LoadOptions.firstPage())) {
            image.tiffsave(file, options);
        }
        return file;
    }

    /** The version in a TIFF header (after the byte order): 42 for classic TIFF, 43 for BigTIFF. */
    private static int magic(Path tiff) throws IOException {
        byte[] header = Files.readAllBytes(tiff);
        return header[0] == 'I' ? (header[2] & 0xff) | (header[3] & 0xff) << 8 : (header[2] & 0xff) << 8 | (header[3] & 0xff);
    }
}
