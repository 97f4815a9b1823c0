package org.iiifgenerator.vips;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.Objects;

/** Entry point of the libvips binding: start-up and the ways to obtain a {@link VipsImage}. */
public final class Vips {

    private static final String PROGRAM_NAME = "iiif-generator";
    private static final Object INIT_LOCK = new Object();
    private static volatile boolean initialised;

    private Vips() {
    }

    /**
     * Starts libvips once and turns its operation cache off (every image here is used once, so the cache
     * would only hold memory and open files). {@code concurrency > 0} sets libvips' worker threads per
     * pipeline, on every call (the last one wins); 0 leaves the libvips default. Safe from any thread,
     * any number of times; the other methods call it with 0 if nobody did.
     */
    public static void init(int concurrency) {
        if (concurrency < 0) {
            throw new IllegalArgumentException("concurrency must be >= 0, was " + concurrency);
        }
        synchronized (INIT_LOCK) {
            if (!initialised) {
                start();
                initialised = true;
            }
            if (concurrency > 0) {
                LibVips.concurrencySet(concurrency);
            }
        }
    }

    /** The libvips version, e.g. "8.14.1". */
    public static String version() {
        ensureInitialised();
        return LibVips.versionString();
    }

    /**
     * Opens {@code file} lazily: only the header is read until pixels are needed. Truncated data makes
     * the later pixel read fail instead of being padded with grey (fail_on=truncated). A TIFF page of 64-bit
     * samples, which libvips refuses, is read by {@link Float64Tiff} into memory instead.
     */
    public static VipsImage open(Path file, LoadOptions options) {
        try {
            return openWithLibvips(file, options);
        } catch (VipsException failure) {
            if (!UnreadableSamples.refusesSamples(failure)) {
                throw failure;
            }
            return Float64Tiff.open(file, options.page(), failure, () -> open(file, options));
        }
    }

    /**
     * The number of pages of {@code file}, from its header alone (nothing is decoded), including TIFFs of 64-bit
     * samples that {@link #open} reads without libvips.
     */
    public static int pageCount(Path file) {
        try (VipsImage image = openWithLibvips(file, LoadOptions.firstPage())) {
            return image.pageCount();
        } catch (VipsException failure) {
            if (!UnreadableSamples.refusesSamples(failure)) {
                throw failure;
            }
            return Float64Tiff.pageCount(file, failure);
        }
    }

    private static VipsImage openWithLibvips(Path file, LoadOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        requireLoadableName(file, "open");
        ensureInitialised();
        VipsOptions nativeOptions = new VipsOptions().add("fail_on", LibVips.FAIL_ON_TRUNCATED);
        if (options.sequential()) {
            nativeOptions.add("access", LibVips.ACCESS_SEQUENTIAL);
        }
        LoaderSettings.of(file, options, "open").addTo(nativeOptions);
        LoadLog.loading(file);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment name = arena.allocateFrom(file.toString());
            return VipsImage.adopt(file, () -> open(file, options), "open",
                    () -> (MemorySegment) LibVips.IMAGE_NEW_FROM_FILE.invoke(arena, nativeOptions, name));
        }
    }

    /**
     * Opens an encoded image (JPEG, PNG, WebP, ...) held in native memory, lazily and with fail_on=truncated like
     * {@link #open}. libvips reads {@code data} in place: it must stay valid until this image, and every image made
     * from it, is closed.
     *
     * @param name what the data is, for error messages
     */
    public static VipsImage openBuffer(MemorySegment data, Path name) {
        Objects.requireNonNull(data, "data");
        ensureInitialised();
        VipsOptions nativeOptions = new VipsOptions().add("fail_on", LibVips.FAIL_ON_TRUNCATED);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment noOptions = arena.allocateFrom("");
            return VipsImage.adopt(name, () -> openBuffer(data, name), "open from memory",
                    () -> (MemorySegment) LibVips.IMAGE_NEW_FROM_BUFFER.invoke(arena, nativeOptions, data,
                            data.byteSize(), noOptions));
        }
    }

    /**
     * A thumbnail of exactly {@code width} x {@code height} (aspect ratio not kept), made with
     * shrink-on-load where the format has it and without applying orientation tags.
     * Honours {@code options.page()} and {@code options.dpi()}; libvips picks its own access mode.
     */
    public static VipsImage thumbnail(Path file, int width, int height, LoadOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        VipsImage.requirePositive(width, height);
        requireLoadableName(file, "thumbnail");
        ensureInitialised();
        // vips_thumbnail takes no typed loader options, only options in the filename.
        String name = LoaderSettings.of(file, options, "thumbnail").withFilename(file);
        VipsOptions nativeOptions = new VipsOptions()
                .add("height", height)
                .add("size", LibVips.SIZE_FORCE)
                .add("no_rotate", true)
                .add("fail_on", LibVips.FAIL_ON_TRUNCATED);
        LoadLog.loading(file);
        return VipsImage.produce(file, () -> thumbnail(file, width, height, options), "thumbnail", (arena, out) ->
                LibVips.THUMBNAIL.invoke(arena, nativeOptions, arena.allocateFrom(name), out, width));
    }

    /** An image made from a copy of packed 8-bit pixels, row by row: 1 band is b-w, 3 sRGB, 4 sRGB with alpha. */
    public static VipsImage fromPixels(byte[] pixels, int width, int height, int bands) {
        Objects.requireNonNull(pixels, "pixels");
        VipsImage.requirePositive(width, height);
        if (bands != 1 && bands != 3 && bands != 4) {
            throw new IllegalArgumentException("bands must be 1, 3 or 4, was " + bands);
        }
        if ((long) width * height * bands != pixels.length) {
            throw new IllegalArgumentException(
                    "expected " + (long) width * height * bands + " bytes for " + width + "x" + height + "x" + bands
                            + ", got " + pixels.length);
        }
        ensureInitialised();
        // libvips guesses "multiband" for 4 bands, which would hide the alpha channel.
        int interpretation = bands == 1 ? LibVips.INTERPRETATION_B_W : LibVips.INTERPRETATION_SRGB;
        try (Arena arena = Arena.ofConfined();
             VipsImage untagged = VipsImage.adopt(null, null, "image from pixels", () -> LibVips.newFromMemoryCopy(
                     arena.allocateFrom(JAVA_BYTE, pixels), width, height, bands, LibVips.FORMAT_UCHAR))) {
            return untagged.withInterpretation(interpretation);
        }
    }

    /**
     * libvips reads a trailing "[...]" of a file name as load options, and does so twice on the way to the
     * loader, so no quoting helps: such files cannot be opened. Reported per file like any unreadable file.
     */
    private static void requireLoadableName(Path file, String operation) {
        if (file.toString().endsWith("]")) {
            throw new VipsException(file, operation, "libvips cannot load a file whose name ends in ']'");
        }
    }

    static void ensureInitialised() {
        if (!initialised) {
            init(0);
        }
    }

    /**
     * vips_init sets the process environment (VIPSHOME) with setenv. The JDK copies the environment once, the
     * first time anything asks for it, and that copy breaks (ArrayIndexOutOfBoundsException in
     * ProcessEnvironment) when another thread's setenv changes it midway: so it is taken here first, before
     * libvips can change it, whichever thread starts libvips and whenever the others first read it.
     */
    private static void start() {
        System.getenv();
        try (Arena arena = Arena.ofConfined()) {
            // Not through VipsErrors: libvips' error buffer cannot be touched before vips_init.
            if (LibVips.init(arena.allocateFrom(PROGRAM_NAME)) != 0) {
                throw new VipsException(null, "vips_init", VipsErrors.startFailure());
            }
        }
        LibVips.cacheSetMax(0);
    }
}
