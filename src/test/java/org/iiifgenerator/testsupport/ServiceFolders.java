package org.iiifgenerator.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.iiifgenerator.vips.LoadOptions;
import org.iiifgenerator.vips.Vips;
import org.iiifgenerator.vips.VipsImage;

/** Checks on a published image-service folder, as a viewer and a validator would see it. */
public final class ServiceFolders {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ServiceFolders() {
    }

    public static JsonNode info(Path serviceFolder) {
        try {
            return JSON.readTree(serviceFolder.resolve("info.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every URL a viewer derives from info.json exists as a file, every listed size has the size it claims, and
     * full/max has the size info.json allows (maxWidth/maxHeight, or the full resolution).
     */
    public static void assertComplete(Path serviceFolder) {
        JsonNode info = info(serviceFolder);
        List<String> missing = ViewerRequests.of(info).stream()
                .filter(url -> !Files.isRegularFile(serviceFolder.resolve(url))).toList();
        assertThat(missing).as("URLs of %s that a viewer would get a 404 for", serviceFolder).isEmpty();
        boolean v3 = info.path("@context").asText().contains("/image/3/");
        for (JsonNode size : info.path("sizes")) {
            int w = size.path("width").asInt();
            int h = size.path("height").asInt();
            assertPixelSize(serviceFolder.resolve("full/" + (v3 ? w + "," + h : w + ",") + "/0/default.jpg"), w, h);
        }
        JsonNode limits = v3 ? info : info.path("profile").path(1);
        int maxWidth = limits.path("maxWidth").asInt(info.path("width").asInt());
        int maxHeight = limits.path("maxHeight").asInt(info.path("height").asInt());
        assertPixelSize(serviceFolder.resolve("full/" + (v3 ? "max" : "full") + "/0/default.jpg"), maxWidth, maxHeight);
        assertThat(serviceFolder.resolve("vips-properties.xml")).doesNotExist();
    }

    public static void assertPixelSize(Path image, int width, int height) {
        try (VipsImage opened = Vips.open(image, LoadOptions.firstPage())) {
            assertThat(new int[] {opened.width(), opened.height()}).as("pixel size of %s", image)
                    .containsExactly(width, height);
        }
    }

    /** Relative path → content of every file under a folder, for byte-for-byte comparisons. */
    public static Map<String, byte[]> files(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                files.put(folder.relativize(path).toString(), Files.readAllBytes(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
