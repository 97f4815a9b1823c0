package org.iiifgenerator.tiling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.iiifgenerator.collection.ImageFiles;
import org.iiifgenerator.collection.SourcePage;
import org.iiifgenerator.iiif.IiifVersion;
import org.iiifgenerator.iiif.image.DerivedSizes;
import org.iiifgenerator.iiif.image.ImageService;
import org.iiifgenerator.iiif.image.InfoJson;
import org.iiifgenerator.iiif.image.Size;
import org.iiifgenerator.iiif.image.TileFormat;
import org.iiifgenerator.vips.DzLayout;
import org.iiifgenerator.vips.DzSaveOptions;
import org.iiifgenerator.vips.LoadOptions;
import org.iiifgenerator.vips.Vips;
import org.iiifgenerator.vips.VipsImage;

/**
 * Makes one page into a complete level-0 image service in a local folder: libvips' tile pyramid, the
 * pre-rendered whole-image sizes that viewers and validators ask for (which dzsave does not write), and an
 * {@code info.json} that describes exactly what is on disk under its public id.
 */
public final class ImageTiler {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INFO_JSON = "info.json";

    private final TilingSettings settings;

    public ImageTiler(TilingSettings settings) {
        this.settings = settings;
    }

    /**
     * @param serviceId public URL of the image service (the {@code id} in info.json)
     * @param folder    folder to create; must not exist yet
     */
    public TiledImage tile(SourcePage page, String serviceId, Path folder) throws IOException {
        long start = System.nanoTime();
        LoadOptions load = loadOptions(page);
        int width;
        int height;
        try (VipsImage source = Vips.open(page.file(), load.sequentialAccess());
             VipsImage srgb = source.toSrgb()) {
            width = srgb.width();
            height = srgb.height();
            srgb.dzsave(folder, new DzSaveOptions(dzLayout(), settings.tileSize(), settings.suffix(settings.format()),
                    parentUrl(serviceId)));
        }
        // libvips' own metadata dump is not part of IIIF and must never be published.
        Files.deleteIfExists(folder.resolve("vips-properties.xml"));
        List<Integer> scaleFactors = scaleFactorsWritten(folder, width, height);
        List<Size> sizes = DerivedSizes.choose(width, height, scaleFactors, settings.sizesMaxSide());
        writeWholeImages(page, load, folder, sizes);
        ImageService service = new ImageService(serviceId, settings.version(), width, height, settings.tileSize(),
                scaleFactors, sizes, sizes.getLast(), settings.format());
        Files.write(folder.resolve(INFO_JSON), InfoJson.write(service));
        FolderCount count = FolderCount.of(folder);
        return new TiledImage(page, service, folder, count.tiles(), count.bytes(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private LoadOptions loadOptions(SourcePage page) {
        LoadOptions options = LoadOptions.firstPage().withPage(page.pageInFile());
        return ImageFiles.isPdf(page.file()) ? options.withDpi(settings.pdfDpi()) : options;
    }

    private DzLayout dzLayout() {
        return settings.version() == IiifVersion.V3 ? DzLayout.IIIF3 : DzLayout.IIIF;
    }

    /**
     * The scale factors at which tiles exist. dzsave's info.json is the truth for the levels it lists, but
     * libvips 8.14 also writes the level where the whole image fits in one tile without listing it (an image
     * smaller than a tile gets an empty list); that level is added when its tile is on disk, which gives viewers
     * a one-request overview and never an empty list. Later libvips versions list it themselves.
     */
    private List<Integer> scaleFactorsWritten(Path folder, int width, int height) throws IOException {
        JsonNode listed = JSON.readTree(folder.resolve(INFO_JSON).toFile()).path("tiles").path(0).path("scaleFactors");
        List<Integer> factors = new ArrayList<>();
        listed.forEach(f -> factors.add(f.asInt()));
        int singleTile = 1;
        while (Size.atScaleFactor(width, height, singleTile).longestSide() > settings.tileSize()) {
            singleTile *= 2;
        }
        Size top = Size.atScaleFactor(width, height, singleTile);
        Path topTile = folder.resolve("0,0," + width + "," + height)
                .resolve(settings.version().sizeSegment(top.width(), top.height()))
                .resolve("0").resolve("default." + settings.format().extension());
        if (!factors.contains(singleTile) && Files.isRegularFile(topTile)) {
            factors.add(singleTile);
        }
        if (factors.isEmpty()) {
            throw new IOException("libvips listed no scale factors and wrote no single-tile level in " + folder);
        }
        return List.copyOf(factors);
    }

    /**
     * Pre-renders every chosen size, largest first. The largest comes from the source through libvips'
     * thumbnail (shrink-on-load where the format allows, so no second full decode of a JPEG); the smaller ones
     * are reduced from it in memory.
     */
    private void writeWholeImages(SourcePage page, LoadOptions load, Path folder, List<Size> ascendingSizes)
            throws IOException {
        Size largest = ascendingSizes.getLast();
        try (VipsImage thumbnail = Vips.thumbnail(page.file(), largest.width(), largest.height(), load);
             VipsImage srgb = thumbnail.toSrgb();
             VipsImage largestImage = srgb.copyMemory()) {
            for (Size size : ascendingSizes.reversed()) {
                if (size.equals(largest)) {
                    saveSize(largestImage, folder, size);
                } else {
                    try (VipsImage reduced = largestImage.thumbnailTo(size.width(), size.height())) {
                        saveSize(reduced, folder, size);
                    }
                }
            }
        }
        for (TileFormat format : derivedFormats()) {
            Path max = wholeImagePath(folder, settings.version().maxSizeKeyword(), format);
            Files.createDirectories(max.getParent());
            Files.copy(wholeImagePath(folder, sizeSegment(largest), format), max);
        }
    }

    private void saveSize(VipsImage image, Path folder, Size size) throws IOException {
        for (TileFormat format : derivedFormats()) {
            Path file = wholeImagePath(folder, sizeSegment(size), format);
            Files.createDirectories(file.getParent());
            image.save(file, "[Q=" + settings.quality() + "]");
        }
    }

    /** JPEG always (level 0 requires it and painting bodies point at it); the tile format too when it differs. */
    private List<TileFormat> derivedFormats() {
        return settings.format() == TileFormat.JPG ? List.of(TileFormat.JPG) : List.of(TileFormat.JPG, settings.format());
    }

    private String sizeSegment(Size size) {
        return settings.version().sizeSegment(size.width(), size.height());
    }

    private static Path wholeImagePath(Path folder, String sizeSegment, TileFormat format) {
        return folder.resolve("full").resolve(sizeSegment).resolve("0").resolve("default." + format.extension());
    }

    /** dzsave appends "/" + the folder name to its id; the whole info.json is rewritten anyway. */
    private static String parentUrl(String serviceId) {
        return serviceId.substring(0, serviceId.lastIndexOf('/'));
    }

    private record FolderCount(int tiles, long bytes) {

        static FolderCount of(Path folder) throws IOException {
            Path full = folder.resolve("full");
            Path info = folder.resolve(INFO_JSON);
            int tiles = 0;
            long bytes = 0;
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    bytes += Files.size(file);
                    if (!file.startsWith(full) && !file.equals(info)) {
                        tiles++;
                    }
                }
            }
            return new FolderCount(tiles, bytes);
        }
    }
}
