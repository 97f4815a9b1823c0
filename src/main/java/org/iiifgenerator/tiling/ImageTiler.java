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
import org.iiifgenerator.iiif.image.Pyramid;
import org.iiifgenerator.iiif.image.Size;
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
    private final WholeImages wholeImages;

    public ImageTiler(TilingSettings settings) {
        this.settings = settings;
        this.wholeImages = new WholeImages(settings);
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
             VipsImage srgb = source.toSrgb()) {
            int width = srgb.width();
            int height = srgb.height();
            List<Integer> scaleFactors = Pyramid.scaleFactors(width, height, settings.tileSize());
            List<Size> sizes = DerivedSizes.choose(width, height, scaleFactors, settings.sizesMaxSide());
            service = new ImageService(serviceId, settings.version(), width, height, settings.tileSize(),
                    scaleFactors, sizes, sizes.getLast(), settings.format());
            Files.createDirectories(folder);
            srgb.dzsave(folder, new DzSaveOptions(dzLayout(), settings.tileSize(), settings.suffix(settings.format()),
                    parentUrl(serviceId)));
        }
        // libvips' own metadata dump is not part of IIIF and must never be published.
        Files.deleteIfExists(folder.resolve("vips-properties.xml"));
        checkPyramidWritten(folder, service);
        wholeImages.write(folder, service);
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
     * Checks that libvips wrote the levels the service will describe (libvips 8.14 lists all but the single-tile
     * top level, which {@link WholeImages} finds or reports). A mismatch means a libvips whose layout this code
     * does not know, so the page fails instead of publishing an info.json that sends viewers to missing tiles.
     */
    private void checkPyramidWritten(Path folder, ImageService service) throws IOException {
        JsonNode listed = JSON.readTree(folder.resolve(INFO_JSON).toFile()).path("tiles").path(0).path("scaleFactors");
        List<Integer> written = new ArrayList<>();
        listed.forEach(f -> written.add(f.asInt()));
        if (!service.scaleFactors().containsAll(written)) {
            throw new IOException("libvips " + Vips.version() + " wrote scale factors " + written + " in " + folder
                    + " where " + service.scaleFactors() + " were expected");
        }
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
