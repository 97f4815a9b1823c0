package org.iiifgenerator.vips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.Arena;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JoinTest {

    private static final Path NAME = Path.of("level");

    @TempDir
    Path dir;

    @Test
    void tilesOfALevelJoinRowByRowAndCropToTheLevel() {
        // A 35x15 level in 20x10 tiles: a full tile and a 15 wide one, then a 20x5 and a 15x5 one below.
        List<VipsImage> tiles = List.of(grey(20, 10, 10), grey(15, 10, 20), grey(20, 5, 30), grey(15, 5, 40));
        try (VipsImage grid = VipsImage.join(tiles, 2, NAME);
             VipsImage level = grid.crop(0, 0, 35, 15)) {
            assertThat(grid.width()).as("cells as big as the largest tile").isEqualTo(40);
            assertThat(grid.height()).isEqualTo(20);
            assertThat(level.width()).isEqualTo(35);
            assertThat(level.height()).isEqualTo(15);
            assertThat(Fixtures.pixel(level, dir, 5, 3)).containsExactly(10);
            assertThat(Fixtures.pixel(level, dir, 34, 9)).containsExactly(20);
            assertThat(Fixtures.pixel(level, dir, 19, 14)).containsExactly(30);
            assertThat(Fixtures.pixel(level, dir, 20, 10)).containsExactly(40);
        } finally {
            tiles.forEach(VipsImage::close);
        }
    }

    @Test
    void anEncodedImageInMemoryOpensInPlaceAndBadBytesAreReportedByName() throws Exception {
        Path jpeg = dir.resolve("tile.jpg");
        try (VipsImage tile = grey(30, 20, 99)) {
            tile.save(jpeg, "[Q=90]");
        }
        try (Arena arena = Arena.ofConfined()) {
            try (VipsImage opened = Vips.openBuffer(arena.allocateFrom(ValueLayout.JAVA_BYTE,
                    Files.readAllBytes(jpeg)), NAME)) {
                assertThat(opened.width()).isEqualTo(30);
                assertThat(Fixtures.pixel(opened, dir, 10, 10)[0]).isBetween(97, 101);
            }
            assertThatThrownBy(() -> Vips.openBuffer(arena.allocateFrom(ValueLayout.JAVA_BYTE, new byte[] {1, 2, 3}),
                    NAME)).isInstanceOf(VipsException.class).hasMessageContaining("level");
        }
    }

    @Test
    void nothingToJoinIsRefused() {
        assertThatThrownBy(() -> VipsImage.join(List.of(), 1, NAME)).isInstanceOf(IllegalArgumentException.class);
    }

    private static VipsImage grey(int width, int height, int value) {
        byte[] pixels = new byte[width * height];
        Arrays.fill(pixels, (byte) value);
        return Vips.fromPixels(pixels, width, height, 1);
    }
}
