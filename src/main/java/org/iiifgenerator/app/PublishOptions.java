package org.iiifgenerator.app;

import java.nio.file.Path;
import java.util.Map;
import org.iiifgenerator.config.SettingsRegistry;
import picocli.CommandLine.Option;

/**
 * How a collection is published, shared by the commands that publish. An option left out keeps the value of
 * application.properties or its environment variable; each option overrides one configuration key.
 */
public final class PublishOptions {

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Public URL the output folder is served from (default: iiif.base-url from configuration, "
                    + "IIIF_BASE_URL; http://localhost:8000 as shipped). A rerun with only another base URL keeps "
                    + "every tile and rewrites info.json, the manifests and the collection.")
    String baseUrl;

    @Option(names = "--iiif-version", paramLabel = "3|2",
            description = "3: Image API 3 + Presentation 3 (default). 2: Image API 2.1 + Presentation 2.1.")
    String iiifVersion;

    @Option(names = "--tile-size", paramLabel = "PX", description = "Tile width and height (default 512).")
    Integer tileSize;

    @Option(names = "--tile-format", paramLabel = "jpg|webp",
            description = "Tile encoding: jpg (default), or webp besides jpg.")
    String tileFormat;

    @Option(names = "--quality", paramLabel = "1-100", description = "JPEG/WebP quality (default 85).")
    Integer quality;

    @Option(names = "--sizes-max", paramLabel = "PX",
            description = "Longest side of the largest pre-rendered whole image, full/max (default 2048).")
    Integer sizesMax;

    @Option(names = "--pdf-dpi", paramLabel = "DPI", description = "Resolution PDF pages are rendered at (default 300).")
    Integer pdfDpi;

    @Option(names = "--pyramid-tiff", paramLabel = "tiles|tiles+tiff|tiff",
            description = "tiles: static tiles only (default). tiles+tiff: also one tiled, pyramidal, JPEG-compressed "
                    + "TIFF per page, tiff/<object>-<page>.tif, for IIIF image servers. tiff: the TIFFs and no "
                    + "tiles; the manifests point at --image-server.")
    String pyramidTiff;

    @Option(names = "--image-server", paramLabel = "URL",
            description = "With --pyramid-tiff tiff: base URL of the IIIF image server that serves the TIFFs, "
                    + "e.g. https://iiif.example.org/iiif/3 (a page is <URL>/<its TIFF's key without .tif, "
                    + "/ as %%2F>).")
    String imageServer;

    @Option(names = "--language", paramLabel = "TAG",
            description = "BCP 47 language of the CSV's text, or none (default none).")
    String language;

    @Option(names = "--collection-id", paramLabel = "ID",
            description = "Collection identifier (default: the images folder's name).")
    String collectionId;

    @Option(names = "--collection-label", paramLabel = "TEXT",
            description = "Collection label (default: the collection identifier).")
    String collectionLabel;

    @Option(names = "--parallel-images", paramLabel = "N", description = "Images tiled at the same time (default 2).")
    Integer parallelImages;

    @Option(names = "--parallel-objects", paramLabel = "N",
            description = "Objects processed at the same time (default 2).")
    Integer parallelObjects;

    @Option(names = "--parallel-uploads", paramLabel = "N",
            description = "Image services published at the same time while the next images are tiled (default "
                    + SettingsRegistry.PARALLEL_UPLOADS_DEFAULT + ").")
    Integer parallelUploads;

    @Option(names = "--vips-concurrency", paramLabel = "N",
            description = "Threads libvips uses per image; 0 = one per CPU core (default 0).")
    Integer vipsConcurrency;

    @Option(names = "--force",
            description = "Tile every page again. Without it, a page whose published service was made from the same "
                    + "source file (size and time, or ETag) with the same settings is kept, and only the manifests "
                    + "and the collection are written again (default: pipeline.force, false).")
    Boolean force;

    @Option(names = "--records", paramLabel = "DIR",
            description = "Folder of the run records (reports, which name this machine's folders, and what reruns "
                    + "read), outside the output (default: <output>.records beside it).")
    Path records;

    @Option(names = "--publish-records",
            description = "Publish the run records under the output, in collection/ (default: kept beside it).")
    Boolean publishRecords;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Scratch folder (default: <output>/.iiif-work, removed at the end).")
    Path workDir;

    /** The configuration keys these options override, with the options; options not given are left out. */
    OptionSettings given() {
        return new OptionSettings()
                .put(SettingsRegistry.BASE_URL, baseUrl)
                .put(SettingsRegistry.VERSION, iiifVersion)
                .put(SettingsRegistry.TILE_SIZE, tileSize)
                .put(SettingsRegistry.TILE_FORMAT, tileFormat)
                .put(SettingsRegistry.QUALITY, quality)
                .put(SettingsRegistry.SIZES_MAX, sizesMax)
                .put(SettingsRegistry.PDF_DPI, pdfDpi)
                .put(SettingsRegistry.PYRAMID_TIFF, pyramidTiff)
                .put(SettingsRegistry.IMAGE_SERVER, imageServer)
                .put(SettingsRegistry.LANGUAGE, language)
                .put(SettingsRegistry.COLLECTION_ID, collectionId)
                .put(SettingsRegistry.COLLECTION_LABEL, collectionLabel)
                .put(SettingsRegistry.PARALLEL_IMAGES, parallelImages)
                .put(SettingsRegistry.PARALLEL_OBJECTS, parallelObjects)
                .put(SettingsRegistry.PARALLEL_UPLOADS, parallelUploads)
                .put(SettingsRegistry.VIPS_CONCURRENCY, vipsConcurrency)
                .put(SettingsRegistry.WORK_DIR, workDir)
                .put(SettingsRegistry.RECORDS, records)
                .put(SettingsRegistry.PUBLISH_RECORDS, publishRecords)
                .put(SettingsRegistry.FORCE, force);
    }

    static void put(Map<String, String> keys, String key, Object value) {
        if (value != null) {
            keys.put(key, value.toString());
        }
    }
}
