package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.iiifgenerator.testsupport.Json;
import org.iiifgenerator.testsupport.MinimalPdf;
import org.iiifgenerator.testsupport.PresentationSchema;
import org.iiifgenerator.testsupport.RunRecords;
import org.iiifgenerator.testsupport.RunReports;
import org.iiifgenerator.testsupport.TestImages;
import org.iiifgenerator.testsupport.VipsCli;
import org.iiifgenerator.vips.Vips;
import org.iiifgenerator.vips.VipsImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken, hostile and unusual image files, each in a collection with a good one. A broken file is reported with
 * its name and what is wrong with it, and the rest is published; an unusual one is published as it is meant to
 * be seen, as an 8-bit sRGB (or grey) JPEG.
 */
class HostileImagesTest {

    private static final String GRADIENT = "gradient.png";

    @TempDir
    Path dir;

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                broken("truncated JPEG", "bad.jpg", file -> TestImages.truncatedJpeg(file, 800, 600),
                        "VipsJpeg: Premature end of input file"),
                broken("truncated TIFF", "bad.tif", file -> truncated(TestImages.image(file, 800, 600)),
                        "bad.tif"),
                broken("truncated PNG", "bad.png", file -> truncated(TestImages.image(file, 800, 600)),
                        "bad.png"),
                broken("truncated PDF", "bad.pdf", file -> truncated(pdf(file, 3)), "bad.pdf"),
                broken("zero-byte file", "bad.jpg", TestImages::empty, "bad.jpg"),
                broken("text named .jpg", "bad.jpg", TestImages::notAnImage, "bad.jpg"),
                broken("text named .tif", "bad.tif", TestImages::notAnImage, "bad.tif"),
                broken("text named .pdf", "bad.pdf", TestImages::notAnImage, "bad.pdf"),
                broken("PNG decompression bomb", "bad.png", file -> TestImages.pngClaiming(file, 100_000, 100_000),
                        "is 100000 x 100000 pixels (10000 megapixels), more than iiif.max-megapixels (2000)"),
                broken("TIFF claiming 100000 x 100000", "bad.tif",
                        file -> TestImages.tiffClaiming(file, 100_000, 100_000),
                        "is 100000 x 100000 pixels (10000 megapixels), more than iiif.max-megapixels (2000)"),
                broken("10000-page TIFF", "bad.tif", file -> manyPageTiff(file, 10_000),
                        "has 10000 pages, more than iiif.max-pages (2000); it is left out"),
                broken("10000-page PDF", "bad.pdf", file -> pdf(file, 10_000),
                        "has 10000 pages, more than iiif.max-pages (2000); it is left out"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFileIsReportedByNameAndTheRestPublished(String what, String name, Consumer<Path> plant,
                                                        String reason) throws IOException {
        Path images = imagesFolder();
        TestImages.image(images.resolve("good.jpg"), 300, 200);
        plant.accept(images.resolve(name));
        Path out = dir.resolve("out");

        assertThat(local(images, out)).isEqualTo(ExitCodes.FAILURES);

        assertThat(out.resolve("good/manifest.json")).isRegularFile();
        PresentationSchema.assertOutputValid(out);
        JsonNode report = Json.parse(RunReports.read(out));
        assertThat(texts(report.path("errors"))).as("the report's errors")
                .anySatisfy(error -> assertThat(error).contains(images.resolve(name).toString()).contains(reason));
        assertThat(out.resolve("tiles/bad-1/info.json")).as("nothing half-made is published").doesNotExist();
    }

    @Test
    void namesThatLookLikePathsStayInsideTheOutput() throws IOException {
        Path images = imagesFolder();
        TestImages.image(images.resolve("...jpg"), 120, 80);
        TestImages.image(images.resolve("%2e%2e%2fescape.jpg"), 120, 80);
        TestImages.image(images.resolve(".hidden/p1.jpg"), 120, 80);
        Path out = dir.resolve("site/out");

        assertThat(local(images, out)).isEqualTo(ExitCodes.OK);

        assertThat(out.resolve("_2e_2e_2fescape/manifest.json")).isRegularFile();
        try (Stream<Path> published = Files.list(out)) {
            assertThat(published.map(path -> path.getFileName().toString())).as("hidden names are not objects")
                    .containsExactlyInAnyOrder("_2e_2e_2fescape", "tiles", "collection");
        }
        PresentationSchema.assertOutputValid(out);
        try (Stream<Path> site = Files.list(dir.resolve("site"))) {
            assertThat(site).as("nothing beside the output folder but its run records")
                    .containsExactlyInAnyOrder(out, RunRecords.of(out));
        }
    }

    @Test
    void transparentAreasBecomeWhiteNotBlack() {
        // Left half opaque red, right half fully transparent.
        byte[] rgba = new byte[200 * 100 * 4];
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 100; x++) {
                int i = (y * 200 + x) * 4;
                rgba[i] = (byte) 255;
                rgba[i + 3] = (byte) 255;
            }
        }
        Path images = imagesFolder();
        saved(Vips.fromPixels(rgba, 200, 100, 4), images.resolve("cutout.png"));
        Path out = dir.resolve("out");

        assertThat(local(images, out)).isEqualTo(ExitCodes.OK);

        Path max = out.resolve("tiles/cutout-1/full/max/0/default.jpg");
        assertThat(Arrays.stream(pixel(max, 150, 50)).min().orElseThrow()).as("transparent").isGreaterThan(250);
        assertThat(pixel(max, 50, 50)).as("opaque red").satisfies(rgb -> {
            assertThat(rgb[0]).isGreaterThan(240);
            assertThat(rgb[1]).isLessThan(15);
        });
    }

    @Test
    void sixteenBitRgbIsPublishedAsEightBitSrgb() {
        gradientIn("rgb16", "deep.tif");

        Path max = publishedMax("deep-1");

        assertThat(VipsCli.meanAbsoluteDifference(max, dir.resolve(GRADIENT), 0, 3)).isLessThan(2.0);
    }

    @Test
    void cmykIsConvertedToSrgb() {
        Path cmyk = gradientIn("cmyk", "press.jpg");
        Path expected = dir.resolve("expected.png");
        // libvips saved the CMYK JPEG with its built-in CMYK profile embedded; the page is converted through it with
        // the documented intent (relative colorimetric, black-point compensation), which plain colourspace does not use.
        VipsCli.run("vips", "icc_transform", cmyk.toString(), expected.toString(), "srgb", "--embedded",
                "--intent", "relative", "--black-point-compensation");

        Path max = publishedMax("press-1");

        assertThat(VipsCli.run("vipsheader", "-f", "bands", max.toString()).strip()).isEqualTo("3");
        assertThat(VipsCli.meanAbsoluteDifference(max, expected, 0, 3)).isLessThan(2.0);
    }

    @Test
    void anExifOrientationIsAppliedSoThePhotoStandsUpright() {
        Path source = TestImages.gradient(dir.resolve("source.png"), 300, 200);
        Path images = imagesFolder();
        // Orientation 6: the stored pixels are to be turned 90 degrees clockwise to be seen.
        try (VipsImage image = Vips.open(source, org.iiifgenerator.vips.LoadOptions.firstPage())) {
            saved(image.withIntField("orientation", 6), images.resolve("portrait.jpg"));
        }
        Path expected = dir.resolve("expected.png");
        VipsCli.run("vips", "rot", source.toString(), expected.toString(), "d90");
        Path out = dir.resolve("out");

        assertThat(local(images, out)).isEqualTo(ExitCodes.OK);

        JsonNode info = Json.parse(read(out.resolve("tiles/portrait-1/info.json")));
        assertThat(info.path("width").asInt()).isEqualTo(200);
        assertThat(info.path("height").asInt()).isEqualTo(300);
        JsonNode canvas = PresentationSchema.assertValid(out.resolve("portrait/manifest.json")).path("items").get(0);
        assertThat(canvas.path("width").asInt()).isEqualTo(200);
        Path max = out.resolve("tiles/portrait-1/full/max/0/default.jpg");
        assertThat(VipsCli.meanAbsoluteDifference(max, expected, 0, 3)).isLessThan(3.0);
    }

    @Test
    void greyImagesStayGrey() {
        gradientIn("b-w", "grey.jpg");
        gradientIn("grey16", "grey16.png");

        Path grey = publishedMax("grey-1");
        Path grey16 = dir.resolve("out/tiles/grey16-1/full/max/0/default.jpg");

        for (Path max : List.of(grey, grey16)) {
            assertThat(VipsCli.run("vipsheader", "-f", "bands", max.toString()).strip()).as(max.toString())
                    .isEqualTo("1");
        }
        assertThat(VipsCli.meanAbsoluteDifference(grey, grey16, 0, 1)).isLessThan(2.0);
    }

    /** The test gradient, written into the images folder in another colour space or depth. */
    private Path gradientIn(String colourspace, String file) {
        Path source = dir.resolve(GRADIENT);
        if (!Files.exists(source)) {
            TestImages.gradient(source, 400, 300);
        }
        Path converted = imagesFolder().resolve(file);
        VipsCli.run("vips", "colourspace", source.toString(), converted.toString(), colourspace);
        return converted;
    }

    /** Publishes the images folder, which must succeed, and answers the service's {@code full/max} image. */
    private Path publishedMax(String service) {
        Path out = dir.resolve("out");
        assertThat(local(imagesFolder(), out)).isEqualTo(ExitCodes.OK);
        return out.resolve("tiles/" + service + "/full/max/0/default.jpg");
    }

    private Path imagesFolder() {
        try {
            return Files.createDirectories(dir.resolve("images"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One image at a time: these tests are about each file's reason; ErrorAttributionTest fails many at once. */
    private static int local(Path images, Path out) {
        return IiifGenerator.commandLine().execute("local", "--images", images.toString(), "--out", out.toString(),
                "--tile-size", "128", "--parallel-images", "1");
    }

    private static Arguments broken(String what, String name, Consumer<Path> plant, String reason) {
        return Arguments.of(what, name, plant, reason);
    }

    private static Path truncated(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path pdf(Path file, int pages) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MinimalPdf.write(file, Collections.nCopies(pages, new int[] {72, 72}),
                Collections.nCopies(pages, new float[] {0.5f, 0.5f, 0.5f}));
        return file;
    }

    /** A TIFF of {@code pages} tiny pages, as a scanner's batch mode might write by mistake. */
    private static Path manyPageTiff(Path file, int pages) {
        Path strip = file.resolveSibling("strip.v");
        VipsCli.run("vips", "black", strip.toString(), "4", String.valueOf(4 * pages));
        VipsCli.run("vips", "tiffsave", strip.toString(), file.toString(), "--page-height", "4");
        try {
            Files.delete(strip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void saved(VipsImage image, Path file) {
        try (image) {
            Files.createDirectories(file.getParent());
            image.save(file, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int[] pixel(Path image, int x, int y) {
        return Arrays.stream(VipsCli.run("vips", "getpoint", image.toString(), String.valueOf(x), String.valueOf(y))
                .strip().split("\\s+")).mapToInt(v -> (int) Math.round(Double.parseDouble(v))).toArray();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
