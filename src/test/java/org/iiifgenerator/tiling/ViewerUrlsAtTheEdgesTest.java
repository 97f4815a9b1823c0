package org.iiifgenerator.tiling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.iiifgenerator.collection.SourcePage;
import org.iiifgenerator.iiif.IiifVersion;
import org.iiifgenerator.iiif.image.TileFormat;
import org.iiifgenerator.testsupport.ServiceFolders;
import org.iiifgenerator.testsupport.TestImages;
import org.iiifgenerator.testsupport.ViewerRequests;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every URL OpenSeadragon (and Mirador through it) derives from info.json exists, for pages of every awkward
 * shape: narrower than one tile but taller, wider but shorter, exactly one tile, one pixel, long strips both
 * ways, a one-pixel-wide strip, and an ordinary page; in 2.1 and 3.0, JPEG and WebP tiles, loose and packed.
 * Each case prints its count of URLs checked.
 */
class ViewerUrlsAtTheEdgesTest {

    private static final String SERVICE = "https://iiif.example.org/c/tiles/obj-1";
    private static final int TILE = 256;
    private static final List<int[]> SHAPES = List.of(new int[] {100, 3000}, new int[] {3000, 100},
            new int[] {256, 256}, new int[] {1, 1}, new int[] {20000, 40}, new int[] {40, 20000},
            new int[] {1, 2000}, new int[] {1000, 700});

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(IiifVersion.values()).flatMap(version -> Stream.of(TileFormat.values())
                // Packed only with WebP: two zips, and the 2.1 full-width copies loose beside them.
                .flatMap(format -> (format == TileFormat.WEBP ? Stream.of(false, true) : Stream.of(false))
                        .flatMap(packed -> SHAPES.stream()
                                .map(shape -> Arguments.of(version, format, packed, shape[0], shape[1])))));
    }

    @ParameterizedTest(name = "{0} {1} packed={2} {3}x{4}")
    @MethodSource("cases")
    void everyUrlAViewerDerivesIsPublished(IiifVersion version, TileFormat format, boolean packed, int width,
                                           int height) throws IOException {
        Path source = TestImages.image(dir.resolve("page.png"), width, height);
        TilingSettings settings = new TilingSettings(version, TILE, format, 85, 2048, 72, 2000, 2000);
        SourcePage page = new SourcePage("obj", "obj", 1, "page.png", source.toString(), "v1", 0, 1);
        TiledImage tiled = new ImageTiler(settings, packed).tile(page, source, SERVICE, dir.resolve("svc"));

        JsonNode info = ServiceFolders.info(tiled.folder());
        assertThat(ViewerRequests.formats(info)).as("formats a client may ask for").contains("jpg",
                format.extension());
        List<String> urls = ViewerRequests.of(info).stream().distinct().toList();
        Set<String> published = published(tiled);
        assertThat(urls).isNotEmpty();
        List<String> missing = urls.stream().filter(url -> !published.contains(url)).toList();
        System.out.printf("viewer URLs: %s %s %s %dx%d: %d checked, %d missing%n", version, format.extension(),
                packed ? "packed" : "loose", width, height, urls.size(), missing.size());
        assertThat(missing).as("URLs of a %dx%d page a viewer would get a 404 for", width, height).isEmpty();
    }

    /** The keys that are published: the folder's files and, when packed, the zip's entries. */
    private static Set<String> published(TiledImage tiled) throws IOException {
        Set<String> keys = new HashSet<>(ServiceFolders.files(tiled.folder()).keySet());
        for (PackedTiles packed : tiled.packed()) {
            try (ZipFile zip = new ZipFile(packed.zip().toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    String key = packed.keyOf(entry.getName());
                    if (key != null) {
                        keys.add(key);
                    }
                }
            }
        }
        return keys;
    }
}
