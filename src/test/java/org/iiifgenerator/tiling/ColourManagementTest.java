package org.iiifgenerator.tiling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.iiifgenerator.collection.SourcePage;
import org.iiifgenerator.iiif.IiifVersion;
import org.iiifgenerator.iiif.image.TileFormat;
import org.iiifgenerator.testsupport.DeltaE;
import org.iiifgenerator.testsupport.ServiceFolders;
import org.iiifgenerator.testsupport.TestImages;
import org.iiifgenerator.testsupport.VipsCli;
import org.iiifgenerator.vips.LoadLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real photographs converted into wide-gamut, grey and CMYK colour spaces by a profile-aware tool (the vips
 * command line, lcms), their profiles embedded, then made into image services: {@code full/max} and the mosaic
 * of scale-1 tiles must show the photograph's colours (ΔE76 against an independent colour-managed reference),
 * not the raw samples read as if they were sRGB.
 */
class ColourManagementTest {

    /** Installed by bin/setup-debian (docker/test-packages.txt): colord-data, icc-profiles-free, libgs-common. */
    private static final Path ICC = Path.of("/usr/share/color/icc");
    private static final Path PHOTOS = Path.of("src/test/resources/photos");
    private static final String SERVICE = "https://iiif.example.org/c/tiles/photo";
    private static final int TILE = 256;
    /** JPEG at quality 85 alone costs 1.5 to 2.7 on photographs; an ignored wide-gamut profile 5 to 13. */
    private static final double MEAN_DELTA_E_MAX = 2.5;

    @TempDir
    static Path dir;

    @BeforeAll
    static void profilesAreInstalled() {
        for (String profile : List.of("colord/AdobeRGB1998.icc", "colord/ProPhotoRGB.icc", "colord/ECI-RGBv2.icc",
                "colord/sRGB.icc", "colord/Crayons.icc", "Gray.icc", "ghostscript/default_cmyk.icc")) {
            assertThat(ICC.resolve(profile)).as("a test profile; run bin/setup-debian, which installs "
                    + "docker/test-packages.txt").isRegularFile();
        }
    }

    /**
     * RGB round trips: the sRGB photograph into a wide-gamut space and back must come out as the photograph.
     * Grey and CMYK lose information on the way in, so their reference is the vips command line's own conversion
     * of the same file to sRGB through its embedded profile.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "colord/AdobeRGB1998.icc       | 8  | colorful-cups.jpg | tif",
            "colord/AdobeRGB1998.icc       | 16 | fallen-leaf.jpg   | tif",
            "colord/ProPhotoRGB.icc        | 16 | colorful-cups.jpg | tif",
            "colord/ProPhotoRGB.icc        | 8  | fallen-leaf.jpg   | jpg[Q=95]",
            "colord/ECI-RGBv2.icc          | 8  | colorful-cups.jpg | tif",
            "colord/ECI-RGBv2.icc          | 16 | fallen-leaf.jpg   | png",
            "colord/AdobeRGB1998.icc       | 8  | colorful-cups.jpg | png",
            "colord/AdobeRGB1998.icc       | 8  | colorful-cups.jpg | webp[lossless]",
            "colord/ECI-RGBv2.icc          | 8  | fallen-leaf.jpg   | heic[lossless]",
            "Gray.icc                      | 8  | colorful-cups.jpg | tif",
            "Gray.icc                      | 16 | fallen-leaf.jpg   | png",
            "ghostscript/default_cmyk.icc  | 8  | colorful-cups.jpg | tif",
            "ghostscript/default_cmyk.icc  | 8  | fallen-leaf.jpg   | jpg[Q=95]",
    })
    void publishedColoursAreThePhotographs(String profile, int depth, String photo, String container) {
        Path original = PHOTOS.resolve(photo);
        String name = Path.of(profile).getFileName().toString().replace(".icc", "") + "-" + depth + "-"
                + photo.replace(".jpg", "") + "." + container.replaceAll("\\[.*", "");
        Path source = dir.resolve(name);
        VipsCli.run("vips", "icc_transform", original.toString(), source + suffixOptions(container),
                ICC.resolve(profile).toString(), "--intent", "relative", "--depth", String.valueOf(depth));
        assertThat(VipsCli.run("vipsheader", "-f", "icc-profile-data", source.toString()))
                .as("the profile is embedded in %s", source).isNotBlank();

        Path reference = roundTrip(profile) ? original : referenceConversion(source);
        TiledImage tiled = tile(source, new ArrayList<>());
        DeltaE full = DeltaE.between(tiled.folder().resolve("full/max/0/default.jpg"), reference);
        DeltaE tiles = DeltaE.between(mosaic(tiled), reference);
        System.out.printf("ΔE76 %s: full/max %s; scale-1 tiles %s%n", name, full, tiles);

        assertThat(full.mean()).as("full/max of %s, ΔE76 %s", name, full).isLessThanOrEqualTo(MEAN_DELTA_E_MAX);
        assertThat(tiles.mean()).as("scale-1 tiles of %s, ΔE76 %s", name, tiles).isLessThanOrEqualTo(MEAN_DELTA_E_MAX);
    }

    /** Alpha passes through the conversion at its own scale: opaque stays opaque, at 8 and at 16 bits. */
    @ParameterizedTest(name = "{0}-bit")
    @CsvSource({"8, 255, srgb", "16, 65535, rgb16"})
    void anOpaqueAlphaChannelStaysOpaque(int depth, int opaque, String interpretation) {
        Path original = PHOTOS.resolve("colorful-cups.jpg");
        Path rgb = dir.resolve("alpha-" + depth + ".v");
        Path rgba = dir.resolve("alpha-" + depth + ".v-rgba.v");
        Path source = dir.resolve("adobe-alpha-" + depth + ".png");
        VipsCli.run("vips", "icc_transform", original.toString(), rgb.toString(), ICC.resolve("colord/AdobeRGB1998.icc")
                .toString(), "--intent", "relative", "--depth", String.valueOf(depth));
        VipsCli.run("vips", "bandjoin_const", rgb.toString(), rgba.toString(), String.valueOf(opaque));
        VipsCli.run("vips", "copy", rgba.toString(), source.toString(), "--interpretation", interpretation);
        assertThat(VipsCli.run("vipsheader", "-f", "bands", source.toString()).strip()).isEqualTo("4");

        DeltaE full = DeltaE.between(tile(source, new ArrayList<>()).folder().resolve("full/max/0/default.jpg"), original);
        assertThat(full.mean()).as("full/max, ΔE76 %s", full).isLessThanOrEqualTo(MEAN_DELTA_E_MAX);
    }

    @Test
    void theConversionRunsInTheOneDecodePass() {
        Path source = dir.resolve("adobe-once.jpg");
        VipsCli.run("vips", "icc_transform", PHOTOS.resolve("colorful-cups.jpg").toString(), source.toString(),
                ICC.resolve("colord/AdobeRGB1998.icc").toString());
        try (LoadLog log = LoadLog.open()) {
            tile(source, new ArrayList<>());
            assertThat(log.loadsOf(source)).as("times the file was opened").isEqualTo(1);
        }
    }

    /** A grey image stays one band (sRGB's neutral axis is exact grey), its tones those of its profile. */
    @Test
    void greyThroughItsProfileStaysGreyAndKeepsItsTones() {
        Path source = dir.resolve("gray-tones.tif");
        VipsCli.run("vips", "icc_transform", PHOTOS.resolve("fallen-leaf.jpg").toString(), source.toString(),
                ICC.resolve("Gray.icc").toString(), "--intent", "relative");
        TiledImage tiled = tile(source, new ArrayList<>());
        Path full = tiled.folder().resolve("full/max/0/default.jpg");
        assertThat(VipsCli.run("vipsheader", "-f", "bands", full.toString()).strip()).isEqualTo("1");
        // Gray.icc is linear (gamma 1.0): read as sRGB, every tone comes out far too dark. JPEG moves the mean by < 0.5.
        double offset = meanSignedDifference(full, referenceConversion(source));
        assertThat(Math.abs(offset)).as("mean grey level offset against the profile's own conversion").isLessThan(1);
    }

    @Test
    void aPageTaggedSrgbIsPublishedExactlyAsAnUntaggedOne() throws IOException {
        Path untagged = Files.copy(PHOTOS.resolve("fallen-leaf.jpg"), dir.resolve("untagged.jpg"));
        Path tagged = TestImages.jpegWithIccProfile(untagged, Files.readAllBytes(ICC.resolve("colord/sRGB.icc")),
                dir.resolve("tagged-srgb.jpg"));
        List<String> warnings = new ArrayList<>();
        assertThat(published(tile(tagged, warnings))).as("every file, byte for byte")
                .containsExactlyInAnyOrderEntriesOf(published(tile(untagged, warnings)));
        assertThat(warnings).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "garbage     | lcms cannot read it (corrupt or truncated, 4000 bytes)",
            "Gray.icc    | it describes GRAY colours, the image is RGB",
            "colord/Crayons.icc | it is a device link, abstract or named-colour profile, not an image's colour space",
    })
    void aProfileLcmsRefusesIsAWarningNamingTheFileAndThePageIsPublishedAsUntagged(String profile, String reason)
            throws IOException {
        Path untagged = Files.copy(PHOTOS.resolve("colorful-cups.jpg"), dir.resolve("plain-" + profile.hashCode() + ".jpg"));
        byte[] bytes = profile.equals("garbage") ? garbage(4000) : Files.readAllBytes(ICC.resolve(profile));
        Path refused = TestImages.jpegWithIccProfile(untagged, bytes, dir.resolve("refused-" + profile.hashCode() + ".jpg"));

        List<String> warnings = new ArrayList<>();
        TiledImage tiled = tile(refused, warnings);

        ServiceFolders.assertComplete(tiled.folder());
        assertThat(warnings).containsExactly(refused + ": its embedded ICC profile is ignored, " + reason
                + "; the page is published as if it had none");
        assertThat(published(tiled)).as("the same files as without a profile")
                .containsExactlyInAnyOrderEntriesOf(published(tile(untagged, new ArrayList<>())));
    }

    private static boolean roundTrip(String profile) {
        return !profile.contains("Gray") && !profile.contains("cmyk");
    }

    /** The vips command line's conversion of {@code source} to 8-bit sRGB through its embedded profile. */
    private static Path referenceConversion(Path source) {
        Path reference = source.resolveSibling(source.getFileName() + "-reference.v");
        VipsCli.run("vips", "icc_transform", source.toString(), reference.toString(), "srgb", "--embedded",
                "--intent", "relative", "--black-point-compensation");
        return reference;
    }

    /** The scale-1 tiles of an IIIF 3 service joined into one image. */
    private static Path mosaic(TiledImage tiled) {
        int width = tiled.service().width();
        int height = tiled.service().height();
        List<String> tiles = new ArrayList<>();
        for (int y = 0; y < height; y += TILE) {
            for (int x = 0; x < width; x += TILE) {
                int w = Math.min(TILE, width - x);
                int h = Math.min(TILE, height - y);
                Path tile = tiled.folder().resolve(x + "," + y + "," + w + "," + h).resolve(w + "," + h)
                        .resolve("0/default.jpg");
                assertThat(tile).isRegularFile();
                tiles.add(tile.toString());
            }
        }
        Path joined = tiled.folder().resolveSibling(tiled.folder().getFileName() + "-joined.v");
        Path mosaic = tiled.folder().resolveSibling(tiled.folder().getFileName() + "-mosaic.v");
        VipsCli.run("vips", "arrayjoin", String.join(" ", tiles), joined.toString(),
                "--across", String.valueOf((width + TILE - 1) / TILE));
        VipsCli.run("vips", "crop", joined.toString(), mosaic.toString(), "0", "0", String.valueOf(width),
                String.valueOf(height));
        return mosaic;
    }

    private static double meanSignedDifference(Path image, Path reference) {
        Path difference = image.resolveSibling("signed-difference.v");
        Path grey = image.resolveSibling("reference-grey.v");
        VipsCli.run("vips", "colourspace", reference.toString(), grey.toString(), "b-w");
        VipsCli.run("vips", "subtract", image.toString(), grey.toString(), difference.toString());
        return Double.parseDouble(VipsCli.run("vips", "avg", difference.toString()).strip());
    }

    private static TiledImage tile(Path source, List<String> warnings) {
        try {
            Path folder = dir.resolve("out-" + source.getFileName());
            SourcePage page = new SourcePage("obj", "obj", 1, source.getFileName().toString(), source.toString(),
                    "v1", 0, 1);
            return new ImageTiler(new TilingSettings(IiifVersion.V3, TILE, TileFormat.JPG, 85, 2048, 72, 2000, 2000))
                    .tile(page, source, SERVICE, folder, warnings::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every published file but info.json, whose id is the same anyway. */
    private static Map<String, byte[]> published(TiledImage tiled) {
        return ServiceFolders.files(tiled.folder()).entrySet().stream()
                .filter(e -> !e.getKey().equals("info.json"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static String suffixOptions(String container) {
        int bracket = container.indexOf('[');
        return bracket < 0 ? "" : container.substring(bracket);
    }

    private static byte[] garbage(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return bytes;
    }
}
