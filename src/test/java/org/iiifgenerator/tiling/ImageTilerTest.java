package org.iiifgenerator.tiling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.iiifgenerator.collection.SourcePage;
import org.iiifgenerator.iiif.IiifVersion;
import org.iiifgenerator.iiif.image.Size;
import org.iiifgenerator.iiif.image.TileFormat;
import org.iiifgenerator.testsupport.MinimalPdf;
import org.iiifgenerator.testsupport.ServiceFolders;
import org.iiifgenerator.testsupport.TestImages;
import org.iiifgenerator.testsupport.VipsCli;
import org.iiifgenerator.vips.LoadLog;
import org.iiifgenerator.vips.VipsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ImageTilerTest {

    private static final String SERVICE = "https://iiif.example.org/c/tiles/obj-1";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(IiifVersion.class)
    void tilesAreThoseOfTheVipsCommandLineAndEveryViewerRequestExists(IiifVersion version) {
        Path source = TestImages.image(dir.resolve("src.jpg"), 1000, 700);
        TiledImage tiled = tile(settings(version, 256, TileFormat.JPG, 2048), source, 0, 1);

        Path oracle = dir.resolve("oracle");
        VipsCli.run("vips", "dzsave", source.toString(), oracle.toString(),
                "--layout", version == IiifVersion.V3 ? "iiif3" : "iiif", "--tile-size", "256", "--suffix", ".jpg[Q=85]");
        assertThat(tilesOnly(ServiceFolders.files(tiled.folder())))
                .as("tiles, byte for byte").containsExactlyInAnyOrderEntriesOf(tilesOnly(ServiceFolders.files(oracle)));

        ServiceFolders.assertComplete(tiled.folder());
        JsonNode info = ServiceFolders.info(tiled.folder());
        assertThat(info.path(version == IiifVersion.V3 ? "id" : "@id").asText()).isEqualTo(SERVICE);
        assertThat(info.path("tiles").path(0).path("scaleFactors").toString())
                .as("libvips lists 1 and 2; the single-tile level 4 it writes is listed too").isEqualTo("[1,2,4]");
        assertThat(tiled.tiles()).isEqualTo(tilesOnly(ServiceFolders.files(oracle)).size());
    }

    /** The counts are made from the service's geometry, not by listing its folders: they must match the files. */
    @ParameterizedTest
    @CsvSource({"V3, 1, 1, 256, JPG", "V2, 1, 700, 256, JPG", "V3, 700, 1, 256, JPG", "V2, 100, 80, 512, JPG",
            "V2, 1000, 700, 256, WEBP", "V3, 1025, 513, 512, WEBP", "V2, 3, 2000, 256, JPG", "V3, 2000, 3, 256, JPG"})
    void theTilesAndBytesAPageReportsAreThoseOfTheFilesItsServiceHas(IiifVersion version, int width, int height,
                                                                    int tileSize, TileFormat format) throws Exception {
        Path source = TestImages.image(dir.resolve("src.png"), width, height);
        TilingSettings settings = settings(version, tileSize, format, 2048);
        SourcePage page = new SourcePage("obj", "obj", 1, "src.png", source.toString(), "v1", 0, 1);
        TiledImage loose = new ImageTiler(settings).tile(page, source, SERVICE, dir.resolve("loose/svc"));
        TiledImage packed = new ImageTiler(settings, true).tile(page, source, SERVICE, dir.resolve("packed/svc"));

        Map<String, byte[]> files = ServiceFolders.files(loose.folder());
        assertThat(loose.tiles()).as("tiles on disk").isEqualTo(tilesOnly(files).size());
        assertThat(loose.bytes()).as("bytes on disk")
                .isEqualTo(files.values().stream().mapToLong(bytes -> bytes.length).sum());
        assertThat(packed.tiles()).isEqualTo(loose.tiles());
        assertThat(packed.bytes()).isEqualTo(loose.bytes());
        ServiceFolders.assertComplete(loose.folder());
    }

    @Test
    void largeImageOffersBoundedFullImageAndDeclaresTheLimit() {
        Path source = TestImages.image(dir.resolve("big.jpg"), 3000, 2000);
        TiledImage tiled = tile(settings(IiifVersion.V3, 256, TileFormat.JPG, 1000), source, 0, 1);

        assertThat(tiled.service().scaleFactors()).as("levels 3000, 1500, 750, 375 and the single-tile 188")
                .containsExactly(1, 2, 4, 8, 16);
        assertThat(tiled.service().sizes()).containsExactly(new Size(188, 125), new Size(375, 250),
                new Size(750, 500));
        JsonNode info = ServiceFolders.info(tiled.folder());
        assertThat(info.path("maxWidth").asInt()).isEqualTo(750);
        assertThat(info.path("maxHeight").asInt()).isEqualTo(500);
        ServiceFolders.assertComplete(tiled.folder());
    }

    @Test
    void wholeImagesComeFromThePyramidWithoutDecodingTheSourceAgain() throws Exception {
        // An uncompressed, untiled TIFF has no shrink-on-load: a second read would be a second full decode.
        Path source = TestImages.gradient(dir.resolve("flat.tif"), 3000, 2000);
        TiledImage tiled;
        try (LoadLog loads = LoadLog.open()) {
            tiled = tile(settings(IiifVersion.V3, 256, TileFormat.JPG, 1000), source, 0, 1);
            assertThat(loads.loadsOf(source)).as("loads of the source, of %s", loads.loads()).isEqualTo(1);
        }

        Path folder = tiled.folder();
        assertThat(folder.resolve("full/188,125/0/default.jpg")).as("the single-tile level is copied as it is")
                .hasSameBinaryContentAs(folder.resolve("0,0,3000,2000/188,125/0/default.jpg"));
        for (int factor : List.of(4, 8)) {
            Size size = Size.atScaleFactor(3000, 2000, factor);
            Path wholeImage = folder.resolve("full/" + size.width() + "," + size.height() + "/0/default.jpg");
            Path oracle = dir.resolve("oracle-" + factor + ".v");
            VipsCli.run("vips", "shrink", source.toString(), oracle.toString(), String.valueOf(factor),
                    String.valueOf(factor));
            assertThat(VipsCli.meanAbsoluteDifference(wholeImage, oracle, 0, 3))
                    .as("%s against the source box-shrunk by libvips' CLI", wholeImage).isLessThan(1.0);
        }
        assertThat(folder.resolve("full/max/0/default.jpg")).hasSameBinaryContentAs(
                folder.resolve("full/750,500/0/default.jpg"));
        ServiceFolders.assertComplete(folder);
    }

    @Test
    void packedTilesAreTheLooseTilesInOneZipBesideTheFolder() throws Exception {
        Path source = TestImages.image(dir.resolve("src.jpg"), 1000, 700);
        TilingSettings settings = settings(IiifVersion.V3, 256, TileFormat.JPG, 2048);
        SourcePage page = new SourcePage("obj", "obj", 1, "src.jpg", source.toString(), "v1", 0, 1);
        TiledImage loose = new ImageTiler(settings).tile(page, source, SERVICE, dir.resolve("loose/svc"));
        TiledImage packed = new ImageTiler(settings, true).tile(page, source, SERVICE, dir.resolve("packed/svc"));

        assertThat(packed.packed().getFirst().zip()).isEqualTo(dir.resolve("packed/svc.zip")).isRegularFile();
        Map<String, byte[]> unpacked = new java.util.HashMap<>(ServiceFolders.files(packed.folder()));
        try (ZipFile zip = new ZipFile(packed.packed().getFirst().zip().toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                String key = packed.packed().getFirst().keyOf(entry.getName());
                if (key != null) {
                    unpacked.put(key, zip.getInputStream(entry).readAllBytes());
                }
            }
        }
        Map<String, byte[]> looseFiles = ServiceFolders.files(loose.folder());
        assertThat(unpacked.keySet()).containsExactlyInAnyOrderElementsOf(looseFiles.keySet());
        looseFiles.forEach((name, bytes) -> assertThat(unpacked.get(name)).as(name).isEqualTo(bytes));
        assertThat(packed.tiles()).isEqualTo(loose.tiles());
        assertThat(packed.bytes()).isEqualTo(loose.bytes());
        assertThat(loose.packed()).isEmpty();
        try (var left = Files.list(dir.resolve("packed"))) {
            assertThat(left.map(p -> p.getFileName().toString())).as("nothing but the folder and the zip")
                    .containsExactlyInAnyOrder("svc", "svc.zip");
        }
    }

    @Test
    void smallImageIsNeverUpscaled() {
        Path source = TestImages.image(dir.resolve("small.png"), 100, 80);
        TiledImage tiled = tile(settings(IiifVersion.V3, 256, TileFormat.JPG, 2048), source, 0, 1);

        assertThat(tiled.service().scaleFactors()).as("libvips lists none for a one-tile image").containsExactly(1);
        assertThat(tiled.service().sizes()).containsExactly(new Size(100, 80));
        assertThat(ServiceFolders.info(tiled.folder()).has("maxWidth")).isFalse();
        ServiceFolders.assertComplete(tiled.folder());
    }

    @Test
    void webpTilesAreAdvertisedAndJpegTilesAndWholeImagesStayForLevelZeroClients() throws Exception {
        Path source = TestImages.image(dir.resolve("src.jpg"), 600, 400);
        TiledImage tiled;
        try (LoadLog loads = LoadLog.open()) {
            tiled = tile(settings(IiifVersion.V3, 256, TileFormat.WEBP, 2048), source, 0, 1);
            assertThat(loads.loadsOf(source)).as("one decode for both formats, of %s", loads.loads()).isEqualTo(1);
        }

        Map<String, byte[]> tiles = tilesOnly(ServiceFolders.files(tiled.folder()));
        List<String> webp = tiles.keySet().stream().filter(name -> name.endsWith("/default.webp"))
                .map(name -> name.replace(".webp", "")).sorted().toList();
        List<String> jpeg = tiles.keySet().stream().filter(name -> name.endsWith("/default.jpg"))
                .map(name -> name.replace(".jpg", "")).sorted().toList();
        assertThat(webp).as("every tile in both formats").isNotEmpty().isEqualTo(jpeg);
        assertThat(tiles).hasSize(webp.size() * 2);
        assertThat(tiled.tiles()).isEqualTo(tiles.size());
        JsonNode info = ServiceFolders.info(tiled.folder());
        assertThat(info.path("preferredFormats").toString()).isEqualTo("[\"webp\"]");
        assertThat(info.path("extraFormats").toString()).isEqualTo("[\"webp\"]");
        assertThat(tiled.folder().resolve("full/max/0/default.webp")).isRegularFile();

        Path same = Files.copy(source, dir.resolve("same.jpg"));
        TiledImage jpegOnly = tile(settings(IiifVersion.V3, 256, TileFormat.JPG, 2048), same, 0, 1);
        Map<String, byte[]> jpegFiles = ServiceFolders.files(jpegOnly.folder());
        jpegFiles.remove("info.json");
        Map<String, byte[]> jpegHalf = ServiceFolders.files(tiled.folder());
        jpegHalf.keySet().removeIf(name -> !name.endsWith(".jpg"));
        assertThat(jpegHalf.keySet()).as("the JPEG files of a WebP service are those of a JPEG service")
                .containsExactlyInAnyOrderElementsOf(jpegFiles.keySet());
        jpegFiles.forEach((name, bytes) -> assertThat(jpegHalf.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void pagesOfMultiPageFilesAreTiledOneByOne() {
        Path tiff = TestImages.multiPageTiff(dir.resolve("atlas.tif"), 300, 200, 3);
        Path pdf = dir.resolve("deck.pdf");
        MinimalPdf.write(pdf, List.of(new int[] {200, 300}, new int[] {300, 120}),
                List.of(new float[] {1, 0, 0}, new float[] {0, 0, 1}));

        TiledImage third = tile(settings(IiifVersion.V3, 256, TileFormat.JPG, 2048), tiff, 2, 3);
        TiledImage second = tile(settings(IiifVersion.V3, 256, TileFormat.JPG, 2048), pdf, 1, 2);

        assertThat(third.service().width()).isEqualTo(300);
        assertThat(third.service().height()).isEqualTo(200);
        assertThat(second.service().width()).as("72 dpi: one pixel per point").isEqualTo(300);
        assertThat(second.service().height()).isEqualTo(120);
        ServiceFolders.assertComplete(second.folder());
    }

    @ParameterizedTest
    @CsvSource({"bomb.png, 100000, 100000, 10000", "liar.tif, 100000, 30000, 3000"})
    void pagesOverThePixelLimitAreRefusedFromTheirHeaderNamingTheFile(String name, int width, int height,
                                                                     long megapixels) {
        Path source = name.endsWith(".png") ? TestImages.pngClaiming(dir.resolve(name), width, height)
                : TestImages.tiffClaiming(dir.resolve(name), width, height);

        assertThatThrownBy(() -> tile(settings(IiifVersion.V3, 256, TileFormat.JPG, 2048), source, 0, 1))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining(name)
                .hasMessageContaining(width + " x " + height + " pixels (" + megapixels + " megapixels)")
                .hasMessageContaining("iiif.max-megapixels (2000)");
        assertThat(dir.resolve("out-" + name + "-0")).as("nothing tiled").doesNotExist();
    }

    @Test
    void aPageAtThePixelLimitIsTiled() {
        Path source = TestImages.image(dir.resolve("limit.png"), 1000, 1000);
        TiledImage tiled = tile(new TilingSettings(IiifVersion.V3, 256, TileFormat.JPG, 85, 2048, 72, 1, 2000), source, 0, 1);
        assertThat(tiled.service().width()).isEqualTo(1000);
    }

    @Test
    void unreadableSourceFailsWithLibvipsReasonNamingTheFile() {
        Path text = TestImages.notAnImage(dir.resolve("notes.jpg"));

        assertThatThrownBy(() -> tile(settings(IiifVersion.V3, 256, TileFormat.JPG, 2048), text, 0, 1))
                .isInstanceOf(VipsException.class)
                .hasMessageContaining("notes.jpg");
    }

    private TiledImage tile(TilingSettings settings, Path source, int pageInFile, int pagesInFile) {
        try {
            Path folder = dir.resolve("out-" + source.getFileName() + "-" + pageInFile);
            SourcePage page = new SourcePage("obj", "obj", pageInFile + 1, source.getFileName().toString(),
                    source.toString(), "v1", pageInFile, pagesInFile);
            return new ImageTiler(settings).tile(page, source, SERVICE, folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static TilingSettings settings(IiifVersion version, int tileSize, TileFormat format, int sizesMax) {
        return new TilingSettings(version, tileSize, format, 85, sizesMax, 72, 2000, 2000);
    }

    /** Tile files only: not info.json (rewritten), not full/ (added), not libvips' properties file. */
    private static Map<String, byte[]> tilesOnly(Map<String, byte[]> files) {
        return files.entrySet().stream()
                .filter(e -> !e.getKey().equals("info.json") && !e.getKey().startsWith("full/")
                        && !e.getKey().equals("vips-properties.xml"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
