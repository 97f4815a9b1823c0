package org.iiifgenerator.tiling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iiifgenerator.collection.SourcePage;
import org.iiifgenerator.iiif.IiifVersion;
import org.iiifgenerator.iiif.image.TileFormat;
import org.iiifgenerator.testsupport.TestImages;
import org.iiifgenerator.testsupport.VipsCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pyramidal TIFF written beside a page's static tiles, for IIIF image servers: checked with tools that are not
 * ours (libvips' and libtiff's command lines), and against the static images viewers get.
 */
class PyramidTiffTest {

    private static final String SERVICE = "https://iiif.example.org/c/tiles/obj-1";

    @TempDir
    Path dir;

    @Test
    void aTiledPyramidalJpegTiffIsWrittenBesideTheService() throws IOException {
        Path source = TestImages.gradient(dir.resolve("page.tif"), 1500, 1000);

        TiledImage tiled = tile(settings(256, PyramidTiff.TILES_AND_TIFF), source);

        Path tiff = tiled.pyramidTiff();
        assertThat(tiff).as("beside the service folder").isEqualTo(dir.resolve("service.tif")).isRegularFile();
        String header = VipsCli.run("vipsheader", "-a", tiff.toString());
        assertThat(field(header, "width")).isEqualTo("1500");
        assertThat(field(header, "height")).isEqualTo("1000");
        assertThat(field(header, "n-pages")).as("levels 1500, 750, 375 and the single-tile 188, as in info.json")
                .isEqualTo("4").isEqualTo(String.valueOf(tiled.service().scaleFactors().size()));

        List<Directory> directories = directories(VipsCli.run("tiffinfo", tiff.toString()));
        assertThat(directories).extracting(Directory::width).as("libvips halves rounding down, IIIF sizes round up")
                .containsExactly(1500, 750, 375, 187);
        assertThat(directories).allSatisfy(directory -> {
            assertThat(directory.tileWidth()).isEqualTo(256);
            assertThat(directory.tileLength()).isEqualTo(256);
            assertThat(directory.compression()).isEqualTo("JPEG");
        });
        assertThat(tiled.bytes()).as("the service's bytes count the TIFF").isGreaterThan(Files.size(tiff));
        assertThat(tiled.folder().resolve("info.json")).as("the static service is there too").isRegularFile();
    }

    @Test
    void itsPixelsAreThoseOfTheStaticImagesWithinJpegNoise() {
        Path source = TestImages.gradient(dir.resolve("page.tif"), 1500, 1000);

        TiledImage tiled = tile(settings(256, PyramidTiff.TILES_AND_TIFF), source);

        Path full = tiled.folder().resolve("full/max/0/default.jpg");
        Path quarter = tiled.folder().resolve("full/375,250/0/default.jpg");
        Path level0 = level(tiled.pyramidTiff(), 0);
        Path level2 = level(tiled.pyramidTiff(), 2);
        assertThat(VipsCli.meanAbsoluteDifference(level0, full, 0, 3)).as("full size against full/max")
                .isLessThan(1.5);
        assertThat(VipsCli.meanAbsoluteDifference(level2, quarter, 0, 3)).as("a quarter against full/375,250")
                .isLessThan(1.5);
    }

    @Test
    void itIsMadeFromThePageConvertedToSrgbAsTheTilesAre() throws IOException {
        Path plain = TestImages.gradient(dir.resolve("plain.jpg"), 600, 400);
        byte[] adobeRgb = Files.readAllBytes(Path.of("/usr/share/color/icc/colord/AdobeRGB1998.icc"));
        Path source = TestImages.jpegWithIccProfile(plain, adobeRgb, dir.resolve("adobe-rgb.jpg"));

        TiledImage tiled = tile(settings(256, PyramidTiff.TILES_AND_TIFF), source);

        Path level0 = level(tiled.pyramidTiff(), 0);
        assertThat(VipsCli.meanAbsoluteDifference(level0, tiled.folder().resolve("full/max/0/default.jpg"), 0, 3))
                .as("against full/max, converted to sRGB").isLessThan(1.5);
        assertThat(VipsCli.meanAbsoluteDifference(level0, plain, 0, 3))
                .as("against the Adobe RGB numbers taken as sRGB: the conversion shows").isGreaterThan(3);
    }

    @Test
    void aTileSizeTiffCannotTakeIsRoundedUpToAMultipleOf16() {
        Path source = TestImages.image(dir.resolve("page.jpg"), 700, 500);

        TiledImage tiled = tile(settings(100, PyramidTiff.TILES_AND_TIFF), source);

        assertThat(directories(VipsCli.run("tiffinfo", tiled.pyramidTiff().toString())))
                .isNotEmpty().allSatisfy(directory -> assertThat(directory.tileWidth()).isEqualTo(112));
    }

    @Test
    void withWebpTilesTooAllThreeAreWrittenFromOneOpeningOfThePage() {
        Path source = TestImages.image(dir.resolve("page.jpg"), 700, 500);

        TiledImage tiled = tile(new TilingSettings(IiifVersion.V3, 256, TileFormat.WEBP, 85, 2048, 72, 2000, 2000,
                PyramidTiff.TILES_AND_TIFF, null), source);

        assertThat(tiled.folder().resolve("0,0,256,256/256,256/0/default.jpg")).isRegularFile();
        assertThat(tiled.folder().resolve("0,0,256,256/256,256/0/default.webp")).isRegularFile();
        assertThat(field(VipsCli.run("vipsheader", "-a", tiled.pyramidTiff().toString()), "n-pages"))
                .as("levels 700, 350 and 175").isEqualTo("3");
    }

    @Test
    void withTilesOnlyNoTiffIsWritten() {
        Path source = TestImages.image(dir.resolve("page.jpg"), 700, 500);

        TiledImage tiled = tile(settings(256, PyramidTiff.TILES), source);

        assertThat(tiled.pyramidTiff()).isNull();
        assertThat(dir.resolve("service.tif")).doesNotExist();
    }

    @Test
    void servicesMadeWithAndWithoutTheTiffHaveOtherSignaturesSoARerunMakesThemAgain() {
        String tilesOnly = new ImageTiler(settings(256, PyramidTiff.TILES)).signature();
        String withTiff = new ImageTiler(settings(256, PyramidTiff.TILES_AND_TIFF)).signature();

        assertThat(withTiff).isNotEqualTo(tilesOnly).contains("pyramidal TIFF");
        assertThat(new ImageTiler(settings(512, PyramidTiff.TILES_AND_TIFF)).signature()).isNotEqualTo(withTiff);
    }

    private TiledImage tile(TilingSettings settings, Path source) {
        try {
            SourcePage page = new SourcePage("obj", "obj", 1, source.getFileName().toString(), source.toString(),
                    "v1", 0, 1);
            return new ImageTiler(settings).tile(page, source, SERVICE, dir.resolve("service"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static TilingSettings settings(int tileSize, PyramidTiff pyramidTiff) {
        return new TilingSettings(IiifVersion.V3, tileSize, TileFormat.JPG, 85, 2048, 72, 2000, 2000, pyramidTiff,
                pyramidTiff == PyramidTiff.TIFF ? "https://images.example.org/iiif/3" : null);
    }

    /** One level of the pyramid, as a file of its own. */
    private Path level(Path tiff, int page) {
        Path file = dir.resolve("level-" + page + ".v");
        VipsCli.run("vips", "copy", tiff + "[page=" + page + "]", file.toString());
        return file;
    }

    private static String field(String header, String name) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(name) + ": (.*)$").matcher(header);
        assertThat(matcher.find()).as("%s in %s", name, header).isTrue();
        return matcher.group(1).strip();
    }

    private record Directory(int width, int tileWidth, int tileLength, String compression) {
    }

    /** The directories tiffinfo lists, in file order. */
    private static List<Directory> directories(String tiffinfo) {
        List<Directory> directories = new ArrayList<>();
        for (String block : tiffinfo.split("=== TIFF directory \\d+ ===")) {
            Matcher width = Pattern.compile("Image Width: (\\d+)").matcher(block);
            if (!width.find()) {
                continue;
            }
            Matcher tile = Pattern.compile("Tile Width: (\\d+) Tile Length: (\\d+)").matcher(block);
            boolean tiled = tile.find();
            Matcher compression = Pattern.compile("Compression Scheme: (\\S+)").matcher(block);
            directories.add(new Directory(Integer.parseInt(width.group(1)),
                    tiled ? Integer.parseInt(tile.group(1)) : 0, tiled ? Integer.parseInt(tile.group(2)) : 0,
                    compression.find() ? compression.group(1) : ""));
        }
        return directories;
    }
}
