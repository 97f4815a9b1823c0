package org.iiifgenerator.vips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DzSaveTest {

    private static final String SUFFIX = ".jpg[Q=85]";
    /** Holds a timestamp, so it differs between any two runs. */
    private static final String PROPERTIES_FILE = "vips-properties.xml";

    @TempDir
    static Path dir;
    static Path jpeg;

    @BeforeAll
    static void makeSource() {
        jpeg = Fixtures.convert(Fixtures.noiseRgb(dir, "scan", 600, 400), dir, "scan.jpg[Q=90]");
    }

    @ParameterizedTest
    @EnumSource(DzLayout.class)
    void writesTheSameTilesAsTheVipsCommand(DzLayout layout) throws IOException {
        Path expected = dir.resolve("cli-" + layout).resolve("scan");
        Files.createDirectories(expected.getParent());
        Fixtures.run("vips", "dzsave", jpeg.toString(), expected.toString(),
                "--layout", layout.name().toLowerCase(), "--tile-size", "256", "--suffix", SUFFIX);

        Path actual = dir.resolve("java-" + layout).resolve("scan");
        Files.createDirectories(actual.getParent());
        try (VipsImage image = Vips.open(jpeg, LoadOptions.firstPage())) {
            image.dzsave(actual, new DzSaveOptions(layout, 256, SUFFIX, null));
        }

        assertThat(actual.resolve("info.json")).isRegularFile();
        assertThat(tiles(actual)).hasSizeGreaterThan(5);
        assertSameFiles(expected, actual);
    }

    @Test
    void namesTilesAfterTheImageApiVersion() throws IOException {
        Path v3 = save(DzLayout.IIIF3, LoadOptions.firstPage(), "v3");
        Path v2 = save(DzLayout.IIIF, LoadOptions.firstPage(), "v2");
        assertThat(v3.resolve("0,0,256,256/256,256/0/default.jpg")).isRegularFile();
        assertThat(v2.resolve("0,0,256,256/256,/0/default.jpg")).isRegularFile();
        assertThat(Files.readString(v3.resolve("info.json"))).contains("\"type\": \"ImageService3\"");
        assertThat(Files.readString(v2.resolve("info.json"))).contains("http://iiif.io/api/image/2/context.json");
    }

    @Test
    void sequentialAccessGivesTheSameTiles() throws IOException {
        Path random = save(DzLayout.IIIF3, LoadOptions.firstPage(), "random");
        Path sequential = save(DzLayout.IIIF3, LoadOptions.firstPage().sequentialAccess(), "sequential");
        assertSameFiles(random, sequential);
    }

    @Test
    void writesTheIdIntoInfoJsonFollowedByTheDirectoryName() throws IOException {
        Path target = dir.resolve("with-id").resolve("item-7");
        Files.createDirectories(target.getParent());
        try (VipsImage image = Vips.open(jpeg, LoadOptions.firstPage())) {
            image.dzsave(target, new DzSaveOptions(DzLayout.IIIF3, 256, ".webp[Q=80]", "https://example.org/iiif/a,b"));
        }
        assertThat(Files.readString(target.resolve("info.json")))
                .contains("\"id\": \"https://example.org/iiif/a,b/item-7\"");
        assertThat(target.resolve("0,0,256,256/256,256/0/default.webp")).isRegularFile();
    }

    @Test
    void refusesDirectoryNamesThatLibvipsWouldRewrite() {
        try (VipsImage image = Vips.open(jpeg, LoadOptions.firstPage())) {
            DzSaveOptions options = new DzSaveOptions(DzLayout.IIIF3, 256, SUFFIX, null);
            assertThatThrownBy(() -> image.dzsave(dir.resolve("pyramid.dz"), options))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> image.dzsave(dir.resolve("pyramid[1]"), options))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refusesTileSuffixesNoSaverHandles() {
        try (VipsImage image = Vips.open(jpeg, LoadOptions.firstPage())) {
            assertThatThrownBy(() -> image.dzsave(dir.resolve("xyz"), new DzSaveOptions(DzLayout.IIIF3, 256, ".xyz", null)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(".xyz");
        }
    }

    @Test
    void failsWithTheSourceNamedWhenTheTargetCannotBeCreated() {
        Path target = dir.resolve("missing-parent").resolve("deeper").resolve("scan");
        try (VipsImage image = Vips.open(jpeg, LoadOptions.firstPage())) {
            assertThatThrownBy(() -> image.dzsave(target, new DzSaveOptions(DzLayout.IIIF3, 256, SUFFIX, null)))
                    .isInstanceOfSatisfying(VipsException.class, e -> {
                        assertThat(e.file()).isEqualTo(jpeg);
                        assertThat(e.operation()).contains(target.toString());
                        assertThat(e.vipsMessage()).contains("unable to create directory");
                    });
        }
    }

    private static Path save(DzLayout layout, LoadOptions options, String name) throws IOException {
        Path target = dir.resolve(name).resolve("scan");
        Files.createDirectories(target.getParent());
        try (VipsImage image = Vips.open(jpeg, options)) {
            image.dzsave(target, new DzSaveOptions(layout, 256, SUFFIX, null));
        }
        return target;
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        SortedSet<String> expectedFiles = files(expected);
        assertThat(files(actual)).containsExactlyElementsOf(expectedFiles);
        for (String file : expectedFiles) {
            if (!file.equals(PROPERTIES_FILE)) {
                assertThat(Files.readAllBytes(actual.resolve(file)))
                        .as(file)
                        .isEqualTo(Files.readAllBytes(expected.resolve(file)));
            }
        }
    }

    private static List<String> tiles(Path root) throws IOException {
        return files(root).stream().filter(file -> file.endsWith("default.jpg")).toList();
    }

    private static SortedSet<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString())
                    .collect(TreeSet::new, TreeSet::add, TreeSet::addAll);
        }
    }
}
