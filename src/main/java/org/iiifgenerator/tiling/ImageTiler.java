package org.iiifgenerator.tiling;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.iiifgenerator.collection.ImageFiles;
import org.iiifgenerator.collection.SourcePage;
import org.iiifgenerator.iiif.IiifVersion;
import org.iiifgenerator.iiif.image.ComplianceLevel;
import org.iiifgenerator.iiif.image.DerivedSizes;
import org.iiifgenerator.iiif.image.ImageService;
import org.iiifgenerator.iiif.image.InfoJson;
import org.iiifgenerator.iiif.image.Pyramid;
import org.iiifgenerator.iiif.image.Size;
import org.iiifgenerator.iiif.image.TileFormat;
import org.iiifgenerator.vips.DzLayout;
import org.iiifgenerator.vips.DzSaveOptions;
import org.iiifgenerator.vips.LoadOptions;
import org.iiifgenerator.vips.TiffSaveOptions;
import org.iiifgenerator.vips.Vips;
import org.iiifgenerator.vips.VipsImage;

/**
 * Makes one page into a complete level-0 image service in a local folder: libvips' tile pyramid, the
 * pre-rendered whole-image sizes that viewers and validators ask for (which dzsave does not write), and an
 * {@code info.json} that describes exactly what is on disk under its public id; and, when asked, the page's
 * pyramidal TIFF beside it, or instead of it for an image server to serve.
 */
public final class ImageTiler {

    /**
     * libvips 8.14 cannot write a zip over 4 GB. Tiles take well under a byte per pixel even at quality 100, so
     * pages up to 2 gigapixels are packed and larger ones (rare: huge maps) are written loose.
     */
    private static final long PACKED_PIXELS_MAX = 2_000_000_000L;

    /**
     * A classic TIFF cannot address past 4 GB. Uncompressed, a page and its pyramid take 4 bytes a pixel (3 bands,
     * and a third more for the smaller levels); JPEG takes far less, so only pages past a gigapixel need BigTIFF,
     * which some older readers cannot open.
     */
    private static final long CLASSIC_TIFF_PIXELS_MAX = 1_000_000_000L;

    /** How colours are made sRGB: services made before pages were converted through their profiles differ. */
    private static final String COLOUR = "sRGB through embedded ICC profiles, relative colorimetric with BPC";

    private final TilingSettings settings;
    private final boolean packTiles;
    private final WholeImages wholeImages;
    private volatile String signature;

    /** Tiles loose in the service folder. */
    public ImageTiler(TilingSettings settings) {
        this(settings, false);
    }

    /**
     * @param packTiles tiles packed in a zip beside the service folder ({@link TiledImage#packed()}), for a
     *                  service that is uploaded from local disk rather than moved into place
     */
    public ImageTiler(TilingSettings settings, boolean packTiles) {
        this.settings = settings;
        this.packTiles = packTiles;
        this.wholeImages = new WholeImages(settings);
    }

    /**
     * Everything that decides the bytes of a service besides its source and id: the settings that shape it and
     * the software that encodes it. Services made under another signature would differ, so a rerun redoes them.
     */
    public String signature() {
        if (signature == null) {
            signature = describeSignature();
        }
        return signature;
    }

    private String describeSignature() {
        String version = ImageTiler.class.getPackage().getImplementationVersion();
        String formats = tileFormats().stream().map(TileFormat::extension).collect(Collectors.joining("+"));
        return "iiif " + settings.version() + ", tile " + settings.tileSize() + " " + formats
                + " q" + settings.quality() + ", sizes to " + settings.sizesMaxSide() + ", pdf " + settings.pdfDpi()
                + " dpi, " + COLOUR + pyramidTiffSignature() + "; iiif-generator "
                + (version == null ? "development build" : version) + ", libvips " + Vips.version();
    }

    /** The TIFF beside the tiles or instead of them, when written: a service made with it differs. */
    private String pyramidTiffSignature() {
        String tiff = ", pyramidal TIFF tile " + tiffTileSize() + " q" + settings.quality();
        return switch (settings.pyramidTiff()) {
            case TILES -> "";
            case TILES_AND_TIFF -> tiff;
            case TIFF -> tiff + " without tiles";
        };
    }

    /** As {@link #tile(SourcePage, Path, String, Path, Consumer)}, warnings ignored. */
    public TiledImage tile(SourcePage page, Path file, String serviceId, Path folder) throws IOException {
        return tile(page, file, serviceId, folder, warning -> { });
    }

    /**
     * @param file      the page's source file, local
     * @param serviceId public URL of the image service (the {@code id} in info.json, or the image server's)
     * @param folder    folder to write the service into; created if missing (not at all when only a TIFF is
     *                  written). Packed tiles and the TIFF go beside it.
     * @param warnings  told, in a sentence naming the page, what was published other than the file asks (an
     *                  embedded colour profile lcms refuses)
     */
    public TiledImage tile(SourcePage page, Path file, String serviceId, Path folder, Consumer<String> warnings)
            throws IOException {
        long start = System.nanoTime();
        List<PackedTiles> packed = new ArrayList<>();
        List<TileFormat> formats = settings.pyramidTiff().writesTiles() ? tileFormats() : List.of();
        Path tiff = settings.pyramidTiff().writesTiff() ? pyramidTiffBeside(folder) : null;
        try {
            ImageService service;
            try (VipsImage source = openUpright(file, loadOptions(page), formats.size() + (tiff == null ? 0 : 1) > 1);
                 VipsImage converted = source.toSrgb(refusal -> warnings.accept(page.source()
                         + ": its embedded ICC profile is ignored, " + refusal + "; the page is published as if it had none"));
                 VipsImage srgb = converted.withoutAlpha()) {
                service = describe(page, srgb, serviceId);
                boolean pack = packTiles && (long) service.width() * service.height() <= PACKED_PIXELS_MAX;
                if (!formats.isEmpty()) {
                    Files.createDirectories(folder);
                }
                for (TileFormat format : formats) {
                    DzSaveOptions options = new DzSaveOptions(dzLayout(), settings.tileSize(),
                            settings.suffix(format), parentUrl(serviceId));
                    if (pack) {
                        packed.add(format == formats.getFirst() ? PackedTiles.beside(folder)
                                : PackedTiles.beside(folder, format.extension()));
                        srgb.dzsaveToZip(packed.getLast().zip(), options);
                    } else {
                        srgb.dzsave(folder, options);
                    }
                }
                if (tiff != null) {
                    srgb.tiffsave(tiff, new TiffSaveOptions(tiffTileSize(), settings.quality(),
                            (long) service.width() * service.height() > CLASSIC_TIFF_PIXELS_MAX));
                }
            }
            return service.isStatic() ? complete(page, service, folder, packed, tiff, start)
                    : new TiledImage(page, service, folder, packed, tiff, 0, Files.size(tiff),
                            millisecondsSince(start));
        } catch (IOException | RuntimeException e) {
            deletePacked(packed, e);
            deleteTiff(tiff, e);
            throw e;
        }
    }

    /** The page's pyramidal TIFF, written beside its service folder: {@code <folder>.tif}. */
    private static Path pyramidTiffBeside(Path folder) {
        return folder.resolveSibling(folder.getFileName() + ".tif");
    }

    /** The tile size, rounded up to the multiple of 16 that TIFF tiles must be. */
    private int tiffTileSize() {
        return (settings.tileSize() + 15) / 16 * 16;
    }

    private static void deleteTiff(Path tiff, Exception failure) {
        if (tiff != null) {
            try {
                Files.deleteIfExists(tiff);
            } catch (IOException notDeleted) {
                failure.addSuppressed(notDeleted);
            }
        }
    }

    /**
     * JPEG tiles always: Image API 3.0 level 0 requires jpg, and a client that ignores {@code preferredFormats}
     * (or any 2.1 client) asks for it. WebP tiles besides, when chosen.
     */
    private List<TileFormat> tileFormats() {
        return settings.format() == TileFormat.JPG ? List.of(TileFormat.JPG)
                : List.of(TileFormat.JPG, settings.format());
    }

    /**
     * The page as it is meant to be seen: turned as its EXIF orientation says. Read sequentially, as dzsave reads
     * it, unless it has to be turned (only camera photos carry the tag, and they are small enough for that) or
     * written twice, in JPEG and WebP, or as tiles and a pyramidal TIFF. Then it is opened for random access, so
     * both passes read the same image: a format libvips can only decode in order (JPEG, PNG, WebP...) is decoded
     * once and kept, in memory or, for a large page, in a temporary file (3 bytes a pixel, in TMPDIR); a format read by regions
     * (tiled TIFF, JPEG 2000, PDF) is read by regions twice. On a 12000x9000 JPEG this cost the same time and CPU
     * as two sequential decodes (bench/tile-format-cost.sh); a slow decode, such as a large PNG's, is saved.
     */
    private static VipsImage openUpright(Path file, LoadOptions options, boolean readTwice) {
        if (readTwice) {
            VipsImage random = Vips.open(file, options);
            if (random.orientation() == 1) {
                return random;
            }
            try (random) {
                return random.autorotate();
            }
        }
        VipsImage sequential = Vips.open(file, options.sequentialAccess());
        if (sequential.orientation() == 1) {
            return sequential;
        }
        sequential.close();
        try (VipsImage tagged = Vips.open(file, options)) {
            return tagged.autorotate();
        }
    }

    /**
     * The service the page will become, from its header alone: nothing is decoded yet. Without static tiles it is
     * the image server's, which renders any size; canvases ask it for the sizes ours would have.
     */
    private ImageService describe(SourcePage page, VipsImage srgb, String serviceId) throws IOException {
        int width = srgb.width();
        int height = srgb.height();
        requireWithinPixelLimit(page, width, height);
        List<Integer> scaleFactors = Pyramid.scaleFactors(width, height, settings.tileSize());
        List<Size> sizes = DerivedSizes.addressable(
                DerivedSizes.choose(width, height, scaleFactors, settings.sizesMaxSide()), settings.version());
        return new ImageService(serviceId, settings.version(), width, height, settings.tileSize(), scaleFactors,
                sizes, sizes.getLast(), settings.format(),
                settings.pyramidTiff().writesTiles() ? ComplianceLevel.LEVEL0 : ComplianceLevel.LEVEL2);
    }

    /** After dzsave: checks its pyramid, adds the whole images and our info.json. */
    private TiledImage complete(SourcePage page, ImageService service, Path folder, List<PackedTiles> packed,
                                Path tiff, long start) throws IOException {
        try (TileFiles tiles = packed.isEmpty() ? TileFiles.loose(folder) : TileFiles.packed(packed)) {
            // libvips' own metadata dump is not part of IIIF and must never be published.
            Files.deleteIfExists(folder.resolve("vips-properties.xml"));
            checkPyramidWritten(tiles.dzsaveInfo(), folder, service);
            TileFiles.Totals totals = TileFiles.Totals.NONE;
            for (TileFormat format : tileFormats()) {
                totals = totals.plus(tiles.sizes(TileGrid.all(service, format)));
            }
            totals = totals.plus(wholeImages.write(folder, service, tiles, tileFormats()))
                    .plus(FullWidthTiles.write(folder, service, tileFormats(), tiles));
            byte[] info = InfoJson.write(service);
            Files.write(folder.resolve(TileFiles.INFO_JSON), info);
            return new TiledImage(page, service, folder, packed, tiff, totals.tiles(),
                    totals.bytes() + info.length + (tiff == null ? 0 : Files.size(tiff)), millisecondsSince(start));
        }
    }

    private static long millisecondsSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** A page over the limit is refused before any pixel is decoded. */
    private void requireWithinPixelLimit(SourcePage page, int width, int height) throws IOException {
        long pixels = (long) width * height;
        if (pixels > settings.maxMegapixels() * 1_000_000L) {
            throw new IOException(page.source() + " is " + width + " x " + height + " pixels (" + pixels / 1_000_000
                    + " megapixels), more than iiif.max-megapixels (" + settings.maxMegapixels() + "); it was not "
                    + "decoded. Raise the limit if the image is genuine.");
        }
    }

    private static void deletePacked(List<PackedTiles> packed, Exception failure) {
        for (PackedTiles zip : packed) {
            try {
                Files.deleteIfExists(zip.zip());
            } catch (IOException notDeleted) {
                failure.addSuppressed(notDeleted);
            }
        }
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
    private void checkPyramidWritten(JsonNode dzsaveInfo, Path folder, ImageService service) throws IOException {
        JsonNode listed = dzsaveInfo.path("tiles").path(0).path("scaleFactors");
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
}
