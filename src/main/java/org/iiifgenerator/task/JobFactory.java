package org.iiifgenerator.task;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.camel.CamelContext;
import org.iiifgenerator.config.Settings;
import org.iiifgenerator.iiif.IiifVersion;
import org.iiifgenerator.iiif.image.TileFormat;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.storage.Location;
import org.iiifgenerator.tiling.TilingSettings;

/**
 * Builds a {@link Job} from configuration and checks it before any work starts: every problem is collected, so
 * one run tells the user everything to fix.
 */
public final class JobFactory {

    public static final String IMAGES = "iiif.images";
    public static final String CSV = "iiif.csv";
    public static final String OUTPUT = "iiif.output";
    public static final String BASE_URL = "iiif.base-url";
    public static final String COLLECTION_ID = "iiif.collection-id";
    public static final String COLLECTION_LABEL = "iiif.collection-label";
    public static final String VERSION = "iiif.version";
    public static final String TILE_SIZE = "iiif.tile-size";
    public static final String TILE_FORMAT = "iiif.tile-format";
    public static final String QUALITY = "iiif.quality";
    public static final String SIZES_MAX = "iiif.sizes-max";
    public static final String PDF_DPI = "iiif.pdf-dpi";
    public static final String LANGUAGE = "iiif.language";
    public static final String WORK_DIR = "pipeline.work-dir";

    /** The job configured for this Camel context (application.properties, environment, command line). */
    public Job fromConfiguration(CamelContext context) {
        return fromSettings(new Settings(key -> context.getPropertiesComponent().resolveProperty(key)));
    }

    public Job fromSettings(Settings settings) {
        List<String> problems = new ArrayList<>();
        Path images = check(problems, () -> existingFolder(settings, IMAGES));
        Path csv = check(problems, () -> settings.path(CSV).map(path -> existingFile(path, CSV)).orElse(null));
        Path output = check(problems, () -> settings.path(OUTPUT)
                .orElseThrow(() -> new Settings.SettingException(OUTPUT, "is not set: give the output folder")));
        String baseUrl = check(problems, () -> settings.parsed(BASE_URL, url -> new OutputLayout(url).baseUrl()));
        IiifVersion version = check(problems, () -> settings.parsed(VERSION, IiifVersion::parse));
        Integer tileSize = check(problems, () -> settings.parsed(TILE_SIZE, number(TilingSettings.TILE_SIZE)));
        TileFormat format = check(problems, () -> settings.parsed(TILE_FORMAT, TileFormat::parse));
        Integer quality = check(problems, () -> settings.parsed(QUALITY, number(TilingSettings.QUALITY)));
        Integer sizesMax = check(problems, () -> settings.parsed(SIZES_MAX, number(TilingSettings.SIZES_MAX_SIDE)));
        Integer pdfDpi = check(problems, () -> settings.parsed(PDF_DPI, number(TilingSettings.PDF_DPI)));
        String language = check(problems, () -> settings.text(LANGUAGE));
        if (!problems.isEmpty()) {
            throw new InvalidJobException(problems);
        }
        TilingSettings tiling = new TilingSettings(version, tileSize, format, quality, sizesMax, pdfDpi);
        String collectionId = settings.find(COLLECTION_ID)
                .orElseGet(() -> nameOf(images.toAbsolutePath().normalize()));
        return new Job(collectionId, settings.find(COLLECTION_LABEL).orElse(collectionId), Location.local(images),
                csv == null ? null : Location.local(csv), Location.local(output), baseUrl, language, tiling,
                settings.path(WORK_DIR).map(Path::toAbsolutePath).orElse(null));
    }

    private static Function<String, Integer> number(TilingSettings.Limit limit) {
        return value -> {
            try {
                return limit.require(Integer.parseInt(value));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("is '" + value + "', which is not a whole number");
            }
        };
    }

    /** The folder's name, or "collection" for a file-system root, which has none. */
    private static String nameOf(Path folder) {
        return folder.getFileName() == null ? "collection" : folder.getFileName().toString();
    }

    private static Path existingFolder(Settings settings, String key) {
        Path folder = settings.path(key)
                .orElseThrow(() -> new Settings.SettingException(key, "is not set: give the folder of images"));
        if (!Files.isDirectory(folder)) {
            throw new Settings.SettingException(key, "is '" + folder + "', which is not a folder");
        }
        return folder;
    }

    private static Path existingFile(Path file, String key) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new Settings.SettingException(key, "is '" + file + "', which is not a readable file");
        }
        return file;
    }

    private static <T> T check(List<String> problems, Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
    }
}
