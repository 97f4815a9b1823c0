package org.iiifgenerator.vips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VipsImageLifecycleTest {

    @TempDir
    static Path dir;
    static Path jpeg;

    @BeforeAll
    static void makeSource() {
        jpeg = Fixtures.convert(Fixtures.noiseRgb(dir, "photo", 300, 200), dir, "photo.jpg");
    }

    @Test
    void closingTwiceIsHarmless() {
        VipsImage image = Vips.open(jpeg, LoadOptions.firstPage());
        image.close();
        assertThatCode(image::close).doesNotThrowAnyException();
    }

    @Test
    void useAfterCloseIsRefused() {
        VipsImage image = Vips.open(jpeg, LoadOptions.firstPage());
        image.close();
        assertThatThrownBy(image::width).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(image::toSrgb).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> image.save(dir.resolve("after-close.png"), ""))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closeDropsExactlyOneReference() throws Exception {
        try (VipsImage image = Vips.open(jpeg, LoadOptions.firstPage())) {
            VipsImage secondReference = image.toSrgb();
            assertThat(referenceCount(image)).isEqualTo(2);
            secondReference.close();
            secondReference.close();
            assertThat(referenceCount(image)).isEqualTo(1);
        }
    }

    @Test
    void derivedImagesOutliveTheirSource() {
        VipsImage source = Vips.open(jpeg, LoadOptions.firstPage());
        try (VipsImage small = source.thumbnailTo(30, 20)) {
            source.close();
            small.save(dir.resolve("small.png"), "");
        }
        assertThat(dir.resolve("small.png")).isRegularFile();
    }

    @Test
    void aSequentialImageCopiedToMemoryCanBeReadTwice() {
        try (VipsImage sequential = Vips.open(jpeg, LoadOptions.firstPage().sequentialAccess());
             VipsImage inMemory = sequential.copyMemory()) {
            inMemory.save(dir.resolve("first.png"), "");
            inMemory.save(dir.resolve("second.png"), "[compression=1]");
            try (VipsImage thumbnail = inMemory.thumbnailTo(30, 20)) {
                assertThat(thumbnail.width()).isEqualTo(30);
            }
        }
        assertThat(dir.resolve("first.png")).isRegularFile();
        assertThat(dir.resolve("second.png")).isRegularFile();
    }

    @Test
    void intFieldIsSetOnACopyOnly() {
        try (VipsImage strip = Vips.fromPixels(Fixtures.greyPages(10, 5, 1, 2, 3, 4), 10, 20, 1);
             VipsImage pages = strip.withIntField("page-height", 5)) {
            assertThat(pages.pageHeight()).isEqualTo(5);
            assertThat(strip.pageHeight()).isEqualTo(20);
        }
    }

    @Test
    void saveOptionsMustBeInBrackets() {
        try (VipsImage image = Vips.fromPixels(new byte[4], 2, 2, 1)) {
            assertThatThrownBy(() -> image.save(dir.resolve("q.jpg"), "Q=85"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void savesToPathsContainingBrackets() throws Exception {
        Path target = dir.resolve("scan [1].png");
        try (VipsImage image = Vips.fromPixels(new byte[4], 2, 2, 1)) {
            image.save(target, "");
        }
        assertThat(Files.size(target)).isPositive();
    }

    /** GObject's ref_count: the guint after the GTypeInstance pointer, stable across the GLib 2 ABI. */
    private static int referenceCount(VipsImage image) throws ReflectiveOperationException {
        Field field = VipsImage.class.getDeclaredField("pointer");
        field.setAccessible(true);
        MemorySegment object = ((MemorySegment) field.get(image)).reinterpret(ValueLayout.ADDRESS.byteSize() + Integer.BYTES);
        return object.get(ValueLayout.JAVA_INT, ValueLayout.ADDRESS.byteSize());
    }

    @Test
    void pixelsMustMatchTheGivenSize() {
        assertThatThrownBy(() -> Vips.fromPixels(new byte[5], 2, 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Vips.fromPixels(new byte[8], 2, 2, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
