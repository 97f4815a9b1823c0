package org.iiifgenerator.vips;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One reference to a libvips image. Images are lazy pipelines: most methods only describe work,
 * which runs (and may fail on bad pixel data) in {@link #dzsave}, {@link #save} or {@link #copyMemory}.
 * Close every instance; the cleaner only catches leaks.
 */
public final class VipsImage implements AutoCloseable {

    private static final Cleaner CLEANER = Cleaner.create();

    private final MemorySegment pointer;
    /** The file the pixels come from, so that late failures (while rendering) can name it. */
    private final Path source;
    /** Opens the source again, to find out alone why rendering failed; null when there is no source to open. */
    private final Supplier<VipsImage> reopen;
    private final Cleaner.Cleanable reference;
    private volatile boolean closed;

    private VipsImage(MemorySegment pointer, Path source, Supplier<VipsImage> reopen) {
        this.pointer = pointer;
        this.source = source;
        this.reopen = reopen;
        this.reference = CLEANER.register(this, new Unref(pointer));
    }

    /**
     * Must not capture the VipsImage, or the cleaner could never run. Tracked like a call: the last reference to a
     * loader closes its file, and a decoder may report then (libjpeg on a truncated file), from whichever thread
     * closes it, the cleaner's too.
     */
    private record Unref(MemorySegment pointer) implements Runnable {
        @Override
        public void run() {
            VipsErrors.tracked(() -> {
                LibVips.unref(pointer);
                return null;
            });
        }
    }

    /** A libvips call that writes a new image into {@code out} and returns 0 on success. */
    @FunctionalInterface
    interface Producer {
        Object call(Arena arena, MemorySegment out);
    }

    /** A {@link Producer} that reads this image. */
    @FunctionalInterface
    private interface Transform {
        Object call(Arena arena, MemorySegment in, MemorySegment out);
    }

    /** Runs {@code producer} and takes ownership of the image it made. */
    static VipsImage produce(Path source, String operation, Producer producer) {
        return produce(source, null, operation, producer);
    }

    /**
     * Runs {@code producer} (which only builds a pipeline, so it can run again) and takes ownership of its image.
     *
     * @param reopen opens the same image again, see {@link #sourceFailure}; null if it has no source to open
     */
    static VipsImage produce(Path source, Supplier<VipsImage> reopen, String operation, Producer producer) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(ADDRESS);
            VipsErrors.repeatable(source, operation, () -> (int) producer.call(arena, out), status -> status != 0);
            return new VipsImage(out.get(ADDRESS, 0), source, reopen);
        }
    }

    /** Takes ownership of the reference a libvips call returns (reading a header at most), where NULL means failure. */
    static VipsImage adopt(Path source, Supplier<VipsImage> reopen, String operation, Supplier<MemorySegment> call) {
        return new VipsImage(VipsErrors.repeatable(source, operation, call, MemorySegment.NULL::equals), source, reopen);
    }

    public int width() {
        return withPointer(LibVips::width);
    }

    public int height() {
        return withPointer(LibVips::height);
    }

    public int bands() {
        return withPointer(LibVips::bands);
    }

    /**
     * The "n-pages" metadata if present, else 1. Read as the field itself: libvips' own getter answers 1 for
     * 10000 pages or more, which would hide all but the first page of such a file instead of refusing it.
     */
    public int pageCount() {
        return Math.max(1, withPointer(in -> LibVips.intField(in, "n-pages", 1)));
    }

    /** Height of one page when the image is a vertical strip of pages; the full height otherwise. */
    public int pageHeight() {
        return withPointer(LibVips::pageHeight);
    }

    /** The nick of the VipsInterpretation, e.g. "srgb", "b-w", "cmyk", "rgb16", "grey16". */
    public String interpretation() {
        return LibVips.interpretationNick(withPointer(LibVips::interpretation));
    }

    public boolean hasAlpha() {
        return withPointer(LibVips::hasAlpha);
    }

    /**
     * An 8-bit image ready for JPEG/WebP tiles: 8-bit sRGB and 8-bit b-w images come back as a new
     * reference to the same image; grey16 becomes 8-bit b-w (one band stays one band); everything
     * else (CMYK, rgb16, LAB, ...) becomes 8-bit sRGB. Colours are converted through an embedded ICC
     * profile as {@link #toSrgb(Consumer)} says; a profile lcms refuses is ignored without a word.
     * Close both images.
     */
    public VipsImage toSrgb() {
        return toSrgb(refusal -> { });
    }

    /**
     * As {@link #toSrgb()}, with the colours of an 8- or 16-bit RGB, grey or CMYK image converted to sRGB through
     * its embedded ICC profile, in the same lazy pipeline as the load. A profile that is sRGB in all but name
     * costs nothing: the image is used as it is, like an untagged one. Untagged CMYK goes through libvips'
     * built-in CMYK profile. Grey stays grey: sRGB's neutral axis is the grey it shows.
     *
     * @param refusedProfile told why, when lcms refuses the embedded profile (corrupt, of another colour
     *                       space, a device link ...); the image is then converted as if it had none
     */
    public VipsImage toSrgb(Consumer<String> refusedProfile) {
        EmbeddedProfile profile = embeddedProfile();
        if (profile.verdict() == EmbeddedProfile.Verdict.REFUSED) {
            refusedProfile.accept(profile.refusal());
        }
        if (!profile.converts()) {
            return toDisplayFormat();
        }
        try (VipsImage managed = iccToSrgb()) {
            return isGrey() ? managed.colourspaceToEightBit(LibVips.INTERPRETATION_B_W) : managed.toDisplayFormat();
        }
    }

    /**
     * Relative colorimetric with black-point compensation: colours inside sRGB's gamut keep their measured values
     * (what an archival master is for), those outside are clipped to the nearest sRGB colour, and the source's
     * black maps to sRGB's black so that shadows neither clip nor turn grey (CMYK and LUT profiles have a black
     * above zero). Perceptual rendering would move in-gamut colours too, differently for each profile maker, and
     * matrix profiles (Adobe RGB, ProPhoto, eciRGB) have no perceptual table anyway. The output has the input's
     * depth: 16-bit sources are converted at 16 bits, then shifted to 8 like every other 16-bit image; for
     * 8-bit sources lcms computes at 16 bits or more and rounds once (converting to 16 bits and letting libvips
     * truncate to 8 would add half a level of error, and would leave an 8-bit alpha unscaled among 16-bit colours).
     */
    private VipsImage iccToSrgb() {
        int depth = isEightBit() ? 8 : 16;
        return transform("convert to sRGB through the embedded ICC profile", (arena, in, out) ->
                LibVips.ICC_TRANSFORM.invoke(arena, new VipsOptions()
                        .add("embedded", true)
                        .add("intent", LibVips.INTENT_RELATIVE)
                        .add("black_point_compensation", true)
                        .add("depth", depth), in, out, arena.allocateFrom("srgb")));
    }

    EmbeddedProfile embeddedProfile() {
        return withPointer(EmbeddedProfile::of);
    }

    /** {@link #toSrgb()} by interpretation alone, ignoring any profile. */
    private VipsImage toDisplayFormat() {
        int interpretation = withPointer(LibVips::interpretation);
        boolean displayReady = interpretation == LibVips.INTERPRETATION_SRGB || interpretation == LibVips.INTERPRETATION_B_W;
        if (displayReady && isEightBit()) {
            return newReference();
        }
        return colourspaceToEightBit(isGrey() ? LibVips.INTERPRETATION_B_W : LibVips.INTERPRETATION_SRGB);
    }

    private boolean isGrey() {
        int interpretation = withPointer(LibVips::interpretation);
        return interpretation == LibVips.INTERPRETATION_B_W || interpretation == LibVips.INTERPRETATION_GREY16;
    }

    private VipsImage colourspaceToEightBit(int target) {
        try (VipsImage converted = transform("colourspace",
                (arena, in, out) -> LibVips.COLOURSPACE.invoke(arena, new VipsOptions(), in, out, target))) {
            // colourspace keeps the sample format when the interpretation already matches (e.g. 16-bit "srgb").
            return converted.isEightBit() ? converted.newReference() : converted.castToUchar();
        }
    }

    /** The EXIF orientation (1-8) the loader found, 1 (upright) when there is none. */
    public int orientation() {
        return withPointer(in -> LibVips.intField(in, "orientation", 1));
    }

    /**
     * The image turned and mirrored as its orientation tag says, so it shows as the camera meant. Turning by 90
     * degrees reads the pixels in another order than they are stored: open the file with random access.
     */
    public VipsImage autorotate() {
        return transform("autorotate", (arena, in, out) -> LibVips.AUTOROT.invoke(arena, new VipsOptions(), in, out));
    }

    /**
     * The image without its alpha channel, flattened onto white: JPEG tiles cannot be transparent, and libvips'
     * savers would otherwise flatten onto black. An image without alpha is returned as it is.
     */
    public VipsImage withoutAlpha() {
        if (!hasAlpha()) {
            return newReference();
        }
        MemorySegment white = LibVips.arrayDouble(255);
        try {
            return transform("flatten", (arena, in, out) -> LibVips.FLATTEN.invoke(arena,
                    new VipsOptions().add("background", white), in, out));
        } finally {
            LibVips.areaUnref(white);
        }
    }

    /** A new image of exactly {@code width} x {@code height}, ignoring any orientation tag. */
    public VipsImage thumbnailTo(int width, int height) {
        requirePositive(width, height);
        return transform("thumbnail to " + width + "x" + height, (arena, in, out) -> LibVips.THUMBNAIL_IMAGE.invoke(arena,
                new VipsOptions().add("height", height).add("size", LibVips.SIZE_FORCE).add("no_rotate", true),
                in, out, width));
    }

    /**
     * Lays {@code images} out in a grid, {@code across} per row, left to right and top to bottom. Every cell is
     * as big as the largest image, so smaller ones in the last row or column leave a margin there: join the tiles
     * of a pyramid level, then {@link #crop} to the level's size. The result keeps its own references to them.
     *
     * @param name what the images are, for error messages (e.g. the folder they come from)
     */
    public static VipsImage join(List<VipsImage> images, int across, Path name) {
        Objects.requireNonNull(images, "images");
        if (images.isEmpty() || across < 1) {
            throw new IllegalArgumentException("need at least one image and across >= 1, had " + images.size()
                    + " and " + across);
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment array = arena.allocate(ADDRESS, images.size());
            for (int i = 0; i < images.size(); i++) {
                array.setAtIndex(ADDRESS, i, images.get(i).pointer());
            }
            return produce(name, "join " + images.size() + " images", (callArena, out) -> LibVips.ARRAYJOIN.invoke(
                    callArena, new VipsOptions().add("across", across), array, out, images.size()));
        } finally {
            Reference.reachabilityFence(images);
        }
    }

    /** The area {@code width} x {@code height} whose top-left corner is at {@code left}, {@code top}. */
    public VipsImage crop(int left, int top, int width, int height) {
        requirePositive(width, height);
        return transform("crop to " + width + "x" + height, (arena, in, out) ->
                LibVips.EXTRACT_AREA.invoke(arena, new VipsOptions(), in, out, left, top, width, height));
    }

    /** Renders the whole image into memory, so it can be read several times (even if opened sequentially). */
    public VipsImage copyMemory() {
        return withPointer(in -> new VipsImage(VipsErrors.rendering(source, "copy to memory",
                () -> LibVips.copyMemory(in), MemorySegment.NULL::equals, this::sourceFailure), source, reopen));
    }

    /** A copy carrying the int metadata field, e.g. "page-height" before saving a multi-page TIFF. */
    public VipsImage withIntField(String name, int value) {
        Objects.requireNonNull(name, "name");
        // Metadata set on this image itself would also change every pipeline that shares it, hence the copy.
        VipsImage copy = copy(new VipsOptions());
        try (Arena arena = Arena.ofConfined()) {
            LibVips.setInt(copy.pointer(), arena.allocateFrom(name), value);
        }
        return copy;
    }

    /** A copy tagged with a VipsInterpretation, e.g. so that 4 bands read as sRGB + alpha. */
    VipsImage withInterpretation(int interpretation) {
        return copy(new VipsOptions().add("interpretation", interpretation));
    }

    /**
     * Writes an IIIF tile pyramid into the directory {@code target} (created; its parent must exist).
     * Failures while reading the source pixels surface here and name the source file.
     */
    public void dzsave(Path target, DzSaveOptions options) {
        Objects.requireNonNull(options, "options");
        requireVerbatimDirectoryName(target);
        requireTileSaver(options.suffix());
        write("dzsave to " + target, target, target.toString(), LibVips.DZSAVE, dzsaveOptions(options));
    }

    private static VipsOptions dzsaveOptions(DzSaveOptions options) {
        VipsOptions nativeOptions = new VipsOptions()
                .add("layout", options.layout().nativeValue())
                .add("tile_size", options.tileSize())
                .add("suffix", options.suffix());
        if (options.id() != null) {
            nativeOptions.add("id", options.id());
        }
        return nativeOptions;
    }

    /**
     * Writes the same IIIF tile pyramid as {@link #dzsave} into one uncompressed zip file instead of thousands of
     * small files: much cheaper on a disk. Entries are named {@code <zip name without .zip>/<tile path>}, beside
     * dzsave's {@code info.json} and {@code vips-properties.xml}. libvips 8.14 cannot write zips over 4 GB.
     */
    public void dzsaveToZip(Path zip, DzSaveOptions options) {
        Objects.requireNonNull(options, "options");
        Path name = zip.getFileName();
        if (name == null || !name.toString().endsWith(".zip") || name.toString().length() == ".zip".length()) {
            throw new IllegalArgumentException("zip must be a file name ending in .zip: " + zip);
        }
        requireTileSaver(options.suffix());
        VipsOptions nativeOptions = dzsaveOptions(options)
                .add("container", LibVips.DZ_CONTAINER_ZIP)
                .add("compression", 0);
        write("dzsave to " + zip, zip, zip.toString(), LibVips.DZSAVE, nativeOptions);
    }

    /**
     * Writes one tiled, pyramidal, JPEG-compressed TIFF, the file IIIF image servers serve a page from: each
     * level half the size of the one before, down to one tile, each a directory of its own.
     */
    public void tiffsave(Path file, TiffSaveOptions options) {
        Objects.requireNonNull(options, "options");
        VipsOptions nativeOptions = new VipsOptions()
                .add("tile", true)
                .add("tile_width", options.tileSize())
                .add("tile_height", options.tileSize())
                .add("pyramid", true)
                .add("compression", LibVips.TIFF_COMPRESSION_JPEG)
                .add("Q", options.quality())
                .add("bigtiff", options.bigTiff());
        write("tiffsave to " + file, file, file.toString(), LibVips.TIFFSAVE, nativeOptions);
    }

    /**
     * Saves to {@code file}, the format chosen from its extension.
     *
     * @param saveOptions libvips save options in brackets, e.g. {@code [Q=85]}, or "" for none
     */
    public void save(Path file, String saveOptions) {
        String options = saveOptions == null ? "" : saveOptions.strip();
        if (!options.isEmpty() && !(options.startsWith("[") && options.endsWith("]"))) {
            throw new IllegalArgumentException("saveOptions must look like [name=value,...], was " + saveOptions);
        }
        write("save to " + file, file, file + options, LibVips.WRITE_TO_FILE, new VipsOptions());
    }

    /** Releases this reference; later calls do nothing. */
    @Override
    public void close() {
        closed = true;
        reference.clean();
    }

    @Override
    public String toString() {
        return "VipsImage[" + (source == null ? "in-memory" : source) + (closed ? ", closed]" : "]");
    }

    /** Runs a saver; {@code nativeTarget} is {@code target} as the saver expects it (maybe with options). */
    private void write(String operation, Path target, String nativeTarget, VariadicFunction saver, VipsOptions options) {
        withPointer(in -> {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment nativeName = arena.allocateFrom(nativeTarget);
                // Rendering failures are mostly about the source's pixels, so name it; only in-memory images name the target.
                return VipsErrors.rendering(source != null ? source : target, operation,
                        () -> (int) saver.invoke(arena, options, in, nativeName), status -> status != 0,
                        this::sourceFailure);
            }
        });
    }

    /**
     * Why this image's source cannot be decoded, found by opening and decoding it again: libvips' text, "" when it
     * decodes, null when there is no source to open. Run alone, so that the text can only be this source's.
     */
    private String sourceFailure() {
        if (reopen == null) {
            return null;
        }
        try (VipsImage again = reopen.get()) {
            again.decode();
            return "";
        } catch (VipsException e) {
            return e.vipsMessage();
        }
    }

    /** Reads every pixel and keeps none: the average is the cheapest whole read libvips offers. */
    private void decode() {
        withPointer(in -> {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment average = arena.allocate(JAVA_DOUBLE);
                return VipsErrors.rendering(source, "decode", () -> (int) LibVips.AVG.invoke(arena, new VipsOptions(),
                        in, average), status -> status != 0, () -> null);
            }
        });
    }

    /** dzsave silently drops a trailing ".dz" or "[...]" from the directory name; refuse instead of writing elsewhere. */
    private static void requireVerbatimDirectoryName(Path target) {
        Path name = target.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || lower.endsWith(".dz") || lower.endsWith("]")) {
            throw new IllegalArgumentException("dzsave target must be a directory name not ending in .dz or ]: " + target);
        }
    }

    /** dzsave writes empty tile files, and reports success, for a suffix no saver handles. */
    private static void requireTileSaver(String suffix) {
        try (Arena arena = Arena.ofConfined()) {
            VipsErrors.repeatable(null, "find a saver", () -> LibVips.foreignFindSaveTarget(arena.allocateFrom(suffix)),
                    Objects::isNull);
        } catch (VipsException e) {
            throw new IllegalArgumentException("no libvips saver for tile suffix " + suffix + ": " + e.vipsMessage(), e);
        }
    }

    private VipsImage copy(VipsOptions options) {
        return transform("copy", (arena, in, out) -> LibVips.COPY.invoke(arena, options, in, out));
    }

    private boolean isEightBit() {
        return withPointer(LibVips::format) == LibVips.FORMAT_UCHAR;
    }

    private VipsImage castToUchar() {
        return transform("cast to 8 bit",
                (arena, in, out) -> LibVips.CAST.invoke(arena, new VipsOptions(), in, out, LibVips.FORMAT_UCHAR));
    }

    private VipsImage newReference() {
        return withPointer(in -> new VipsImage(LibVips.ref(in), source, reopen));
    }

    private VipsImage transform(String operation, Transform transform) {
        return withPointer(in -> produce(source, reopen, operation, (arena, out) -> transform.call(arena, in, out)));
    }

    /** Keeps this object reachable until the native call is over, so the cleaner cannot unref mid-call. */
    private <T> T withPointer(Function<MemorySegment, T> action) {
        try {
            return action.apply(pointer());
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    private MemorySegment pointer() {
        if (closed) {
            throw new IllegalStateException(this + " is closed");
        }
        return pointer;
    }

    static void requirePositive(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("size must be positive, was " + width + "x" + height);
        }
    }
}
