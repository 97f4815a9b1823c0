package org.iiifgenerator.pipeline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import org.iiifgenerator.collection.SourcePage;
import org.iiifgenerator.iiif.image.ImageService;

/**
 * What a published image service was made from and how, published after its {@code info.json}. A rerun that
 * finds it, from the same source version and the same producing settings, keeps the service instead of tiling
 * the page again; a service without it was never finished and is made again. The base URL is not among the
 * settings: tiles do not carry it, so a rerun under another base URL keeps them and rewrites only info.json.
 *
 * @param source        the source file's key in the collection's images
 * @param sourceVersion the file's version when it was tiled (S3 ETag, or size and modification time)
 * @param pageInFile    the page of the file (0-based)
 * @param settings      everything that decides the service's bytes: see {@link #settingsOf}
 * @param service       the published service, which the page's canvas is written from; its id is the one its
 *                      info.json carries
 * @param bytes         the size of the service, tiles included (null in records of earlier versions): what a kept
 *                      service adds to the collection's size
 */
@JsonPropertyOrder({"source", "sourceVersion", "pageInFile", "settings", "service", "bytes"})
public record ImageProvenance(String source, String sourceVersion, int pageInFile, String settings,
                              ImageService service, Long bytes) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static ImageProvenance of(SourcePage page, String settings, ImageService service, Long bytes) {
        return new ImageProvenance(page.fileKey(), page.fileVersion(), page.pageInFile(), settings, service, bytes);
    }

    /**
     * True when this record describes a service made from {@code page} as it is now, by {@code settings}: its
     * tiles can be kept, whatever id (base URL) it was published under.
     */
    boolean madeFrom(SourcePage page, String settings) {
        return source.equals(page.fileKey()) && sourceVersion.equals(page.fileVersion())
                && pageInFile == page.pageInFile() && this.settings.equals(settings) && service != null;
    }

    byte[] toJson() throws IOException {
        return JSON.writeValueAsBytes(this);
    }

    static ImageProvenance fromJson(byte[] json) throws IOException {
        return JSON.readValue(json, ImageProvenance.class);
    }
}
