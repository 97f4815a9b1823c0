package org.iiifgenerator.vips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.iiifgenerator.testsupport.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VipsErrorTest {

    private static final DzSaveOptions TILES = new DzSaveOptions(DzLayout.IIIF3, 256, ".jpg[Q=85]", null);

    @TempDir
    static Path dir;
    static Path jpeg;
    static Path truncated;

    @BeforeAll
    static void makeFiles() throws IOException {
        jpeg = Fixtures.convert(Fixtures.noiseRgb(dir, "photo", 600, 400), dir, "photo.jpg[Q=90]");
        byte[] bytes = Files.readAllBytes(jpeg);
        truncated = Files.write(dir.resolve("truncated.jpg"), Arrays.copyOf(bytes, bytes.length / 2));
    }

    @Test
    void zeroByteFileIsReportedWithItsName() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.jpg"));
        assertThatThrownBy(() -> Vips.open(empty, LoadOptions.firstPage()))
                .isInstanceOfSatisfying(VipsException.class, e -> {
                    assertThat(e.file()).isEqualTo(empty);
                    assertThat(e.operation()).isEqualTo("open");
                    assertThat(e.vipsMessage()).contains("is not a known file format");
                    assertThat(e.getMessage()).startsWith(empty + ": open: ");
                });
    }

    @Test
    void textFileNamedJpegIsReportedWithItsName() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.jpg"), "not an image at all\n");
        assertThatThrownBy(() -> Vips.open(text, LoadOptions.firstPage()))
                .isInstanceOf(VipsException.class)
                .hasMessageContaining(text.toString())
                .hasMessageContaining("is not a known file format");
        assertThatThrownBy(() -> Vips.thumbnail(text, 10, 10, LoadOptions.firstPage()))
                .isInstanceOf(VipsException.class)
                .hasMessageContaining(text.toString())
                .hasMessageContaining("is not a known file format");
    }

    @Test
    void missingFileIsReportedWithItsName() {
        Path missing = dir.resolve("missing.tif");
        assertThatThrownBy(() -> Vips.open(missing, LoadOptions.firstPage()))
                .isInstanceOf(VipsException.class)
                .hasMessageStartingWith(missing + ": open: ");
    }

    @Test
    void truncatedJpegFailsWhenItsPixelsAreRead() throws IOException {
        for (LoadOptions options : List.of(LoadOptions.firstPage(), LoadOptions.firstPage().sequentialAccess())) {
            Path target = Files.createTempDirectory(dir, "tiles").resolve("truncated");
            try (VipsImage image = Vips.open(truncated, options)) {
                // The header is intact, so opening succeeds; only the pixels are missing.
                assertThat(image.width()).isEqualTo(600);
                assertThatThrownBy(() -> image.dzsave(target, TILES))
                        .isInstanceOfSatisfying(VipsException.class, e -> {
                            assertThat(e.file()).isEqualTo(truncated);
                            assertThat(e.getMessage()).contains(truncated.toString()).contains("Premature end");
                        });
            }
        }
    }

    @Test
    void truncatedJpegFailsWhenItsThumbnailIsSaved() {
        try (VipsImage thumbnail = Vips.thumbnail(truncated, 60, 40, LoadOptions.firstPage())) {
            assertThatThrownBy(() -> thumbnail.save(dir.resolve("truncated-thumb.jpg"), ""))
                    .isInstanceOf(VipsException.class)
                    .hasMessageContaining(truncated.toString())
                    .hasMessageContaining("Premature end");
        }
    }

    @Test
    void loadersWithoutPagesRejectAPage() {
        assertThatThrownBy(() -> Vips.open(jpeg, LoadOptions.firstPage().withPage(1)))
                .isInstanceOf(VipsException.class)
                .hasMessageContaining(jpeg.toString())
                .hasMessageContaining("no property named `page'");
    }

    @Test
    void pageBeyondTheLastIsReported() {
        Path tiff = Fixtures.multiPageTiff(dir, "two-pages.tif", 20, 10, 1, 2);
        assertThatThrownBy(() -> Vips.open(tiff, LoadOptions.firstPage().withPage(5)))
                .isInstanceOf(VipsException.class)
                .hasMessageContaining(tiff.toString())
                .hasMessageContaining("does not contain page 5");
    }

    @Test
    void saveFailureNamesTheTargetOfAnInMemoryImage() {
        Path target = dir.resolve("no-such-dir").resolve("out.png");
        try (VipsImage image = Vips.fromPixels(new byte[4], 2, 2, 1)) {
            assertThatThrownBy(() -> image.save(target, ""))
                    .isInstanceOfSatisfying(VipsException.class, e -> {
                        assertThat(e.file()).isEqualTo(target);
                        assertThat(e.getMessage()).contains(target.toString());
                    });
        }
    }

    @Test
    void pixelsThatFailWhileOthersRenderGiveTheirOwnReason() throws Exception {
        Path good = Fixtures.convert(Fixtures.noiseRgb(dir, "large", 1500, 1000), dir, "large.jpg[Q=90]");
        List<Path> sources = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sources.add(Files.copy(i % 2 == 0 ? truncated : good, dir.resolve("render-" + i + ".jpg")));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(sources.size())) {
            List<Future<VipsException>> outcomes = new ArrayList<>();
            for (Path source : sources) {
                outcomes.add(pool.submit(() -> {
                    Path target = Files.createTempDirectory(dir, "tiles").resolve("out");
                    try (VipsImage image = Vips.open(source, LoadOptions.firstPage().sequentialAccess())) {
                        image.dzsave(target, TILES);
                        return null;
                    } catch (VipsException e) {
                        return e;
                    }
                }));
            }
            for (int i = 0; i < sources.size(); i++) {
                VipsException failure = outcomes.get(i).get();
                if (i % 2 == 1) {
                    assertThat(failure).as("a good image").isNull();
                } else {
                    assertThat(failure.file()).isEqualTo(sources.get(i));
                    assertThat(failure.vipsMessage()).isEqualTo("VipsJpeg: Premature end of input file");
                }
            }
        }
    }

    @Test
    void aFileLibvipsFailsWithoutAWordGetsAReasonOfOurOwn() {
        Path zeroByZero = TestImages.pngClaiming(dir.resolve("zero.png"), 0, 0);
        for (Runnable load : List.<Runnable>of(() -> Vips.open(zeroByZero, LoadOptions.firstPage()).close(),
                () -> Vips.thumbnail(zeroByZero, 10, 10, LoadOptions.firstPage()).close())) {
            assertThatThrownBy(load::run).isInstanceOfSatisfying(VipsException.class, e -> {
                assertThat(e.file()).isEqualTo(zeroByZero);
                assertThat(e.vipsMessage()).isEqualTo("libvips could not read the image and gives no reason: "
                        + "the file may be empty, or its header corrupt");
            });
        }
    }

    @Test
    void concurrentFailuresEachNameTheirOwnFile() throws Exception {
        List<Path> broken = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            broken.add(Files.writeString(dir.resolve("broken-" + i + ".png"), "broken " + i));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<VipsException>> failures = new ArrayList<>();
            for (Path file : broken) {
                failures.add(pool.submit(() -> {
                    try (VipsImage image = Vips.open(file, LoadOptions.firstPage())) {
                        throw new AssertionError("opened " + image);
                    } catch (VipsException e) {
                        return e;
                    }
                }));
            }
            for (int i = 0; i < broken.size(); i++) {
                Path file = broken.get(i);
                assertThat(failures.get(i).get()).satisfies(e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.vipsMessage()).isEqualTo("VipsForeignLoad: \"" + file + "\" is not a known file format");
                });
            }
        }
        // The JVM and libvips are still fine afterwards.
        try (VipsImage image = Vips.open(jpeg, LoadOptions.firstPage())) {
            assertThat(image.width()).isEqualTo(600);
        }
    }
}
