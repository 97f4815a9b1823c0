package org.iiifgenerator.tiling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.stream.Stream;
import org.iiifgenerator.collection.ImageFiles;
import org.iiifgenerator.collection.SourcePage;
import org.iiifgenerator.iiif.IiifVersion;
import org.iiifgenerator.iiif.image.DerivedSizes;
import org.iiifgenerator.iiif.image.ImageService;
import org.iiifgenerator.iiif.image.InfoJson;
import org.iiifgenerator.iiif.image.Pyramid;
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
    private static final ThreadFactory SIDE_THREADS = Thread.ofPlatform().name("whole-image-", 0).factory();

    private final TilingSettings settings;

    public ImageTiler(TilingSettings settings) {
        this.settings = settings;
    }

    /**
     * @param file      the page's source file, local
     * @param serviceId public URL of the image service (the {@code id} in info.json)
     * @param folder    folder to write the service into; created if missing
     */
    public TiledImage tile(SourcePage page, Path file, String serviceId, Path folder) throws IOException {
        long start = System.nanoTime();
        LoadOptions load = loadOptions(page);
        ImageService service;
        try (VipsImage source = Vips.open(file, load.sequentialAccess());
             VipsImage srgb = source.toSrgb();
             ExecutorService sideTask = Executors.newThreadPerTaskExecutor(SIDE_THREADS)) {
            int width = srgb.width();
            int height = srgb.height();
            List<Integer> scaleFactors = Pyramid.scaleFactors(width, height, settings.tileSize());
            List<Size> sizes = DerivedSizes.choose(width, height, scaleFactors, settings.sizesMaxSide());
            service = new ImageService(serviceId, settings.version(), width, height, settings.tileSize(),
                    scaleFactors, sizes, sizes.getLast(), settings.format());
            // dzsave's single pass over the source leaves a core idle now and then: the whole-image sizes,
            // made from a second, shrink-on-load read, fill it.
            Files.createDirectories(folder);
            Future<Void> wholeImages = sideTask.submit(() -> writeWholeImages(file, load, folder, sizes));
            srgb.dzsave(folder, new DzSaveOptions(dzLayout(), settings.tileSize(), settings.suffix(settings.format()),
                    parentUrl(serviceId)));
            awaitSideTask(wholeImages);
        }
        // libvips' own metadata dump is not part of IIIF and must never be published.
        Files.deleteIfExists(folder.resolve("vips-properties.xml"));
        checkPyramidWritten(folder, service);
        Files.write(folder.resolve(INFO_JSON), InfoJson.write(service));
        FolderCount count = FolderCount.of(folder);
        return new TiledImage(page, service, folder, count.tiles(), count.bytes(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private LoadOptions loadOptions(SourcePage page) {
        LoadOptions options = LoadOptions.firstPage().withPage(page.pageInFile());
        return ImageFiles.isPdf(page.fileKey()) ? options.withDpi(settings.pdfDpi()) : options;
    }

    private DzLayout dzLayout() {
        return settings.version() == IiifVersion.V3 ? DzLayout.IIIF3 : DzLayout.IIIF;
    }

    /**
     * Checks that libvips wrote the pyramid the service will describe: the levels dzsave lists, and the
     * single-tile top level, which libvips 8.14 writes without listing it (later versions list it). A
     * mismatch means a libvips whose layout this code does not know, so the page fails instead of publishing
     * an info.json that sends viewers to missing tiles.
     */
    private void checkPyramidWritten(Path folder, ImageService service) throws IOException {
        JsonNode listed = JSON.readTree(folder.resolve(INFO_JSON).toFile()).path("tiles").path(0).path("scaleFactors");
        List<Integer> written = new ArrayList<>();
        listed.forEach(f -> written.add(f.asInt()));
        Size top = Pyramid.top(service.width(), service.height(), service.scaleFactors());
        Path topTile = folder.resolve("0,0," + service.width() + "," + service.height())
                .resolve(settings.version().sizeSegment(top.width(), top.height()))
                .resolve("0").resolve("default." + settings.format().extension());
        if (!service.scaleFactors().containsAll(written) || !Files.isRegularFile(topTile)) {
            throw new IOException("libvips " + Vips.version() + " wrote scale factors " + written + " in " + folder
                    + " where " + service.scaleFactors() + " were expected");
        }
    }

    private static void awaitSideTask(Future<Void> task) throws IOException {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while writing whole-image sizes", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause());
        }
    }

    /**
     * Pre-renders every chosen size, largest first. The largest comes from the source through libvips'
     * thumbnail (shrink-on-load where the format allows, so no second full decode of a JPEG); the smaller ones
     * are reduced from it in memory.
     */
    private Void writeWholeImages(Path file, LoadOptions load, Path folder, List<Size> ascendingSizes)
            throws IOException {
        Size largest = ascendingSizes.getLast();
        try (VipsImage thumbnail = Vips.thumbnail(file, largest.width(), largest.height(), load);
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
        return null;
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
