package org.iiifgenerator.vips;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.InflaterInputStream;

/**
 * Reads a page of 64-bit samples from a TIFF, which libvips 8.14 refuses ("samples out of range") although
 * scikit-image and tifffile write them for every float64 array, and gives it to libvips as an in-memory image of
 * doubles with the interpretation libvips' own TIFF loader gives float images (RGB is scRGB, grey is b-w): from
 * there on the page is converted and tiled exactly as the same data in float32 is. 64-bit integers are read as
 * doubles too, interpreted as libvips interprets 32-bit ones (sRGB or b-w, clipped to 0-255).
 *
 * <p>Reads what those programs and libvips' own saver write: strips or tiles, planes interleaved or separate,
 * uncompressed or deflate, with or without a predictor (horizontal or floating-point). Anything else fails with a
 * reason. The page is read whole into memory (8 bytes a sample, twice while it is handed over), so it is limited in
 * size.
 */
final class Float64Tiff {

    /** 1.2 GB for RGB: float64 images come from science, where they are small. */
    static final long PIXELS_MAX = 50_000_000L;

    private static final String SUPPORTED = "64-bit samples are read uncompressed or deflate-compressed, with or "
            + "without a predictor, in strips or tiles, as RGB(A) or grey(+alpha); or save it with 32-bit float "
            + "samples";

    private static final int HORIZONTAL_PREDICTOR = 2;
    private static final int FLOATING_POINT_PREDICTOR = 3;

    private Float64Tiff() {
    }

    /**
     * The pages of a file libvips refused with {@code refusal}; that refusal, explained, if its samples are not
     * 64-bit.
     */
    static int pageCount(Path file, VipsException refusal) {
        try (TiffStructure tiff = TiffStructure.open(file)) {
            if (!has64BitSamples(tiff.directory(0))) {
                throw UnreadableSamples.explained(refusal);
            }
            return tiff.pageCount();
        }
    }

    /**
     * Page {@code page} of a file libvips refused with {@code refusal}; that refusal, explained, if its samples are
     * not 64-bit. The image carries "n-pages" and "orientation" as libvips' loader would set them.
     */
    static VipsImage open(Path file, int page, VipsException refusal, Supplier<VipsImage> reopen) {
        try (TiffStructure tiff = TiffStructure.open(file)) {
            Map<Integer, long[]> tags = tiff.directory(page);
            if (!has64BitSamples(tags)) {
                throw UnreadableSamples.explained(refusal);
            }
            Layout layout = Layout.of(tags, tiff);
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment pixels = arena.allocate((long) layout.width() * layout.height() * layout.bands() * 8, 8);
                decode(tiff, layout, pixels);
                try (VipsImage untagged = VipsImage.adopt(file, reopen, "open", () -> LibVips.newFromMemoryCopy(
                        pixels, layout.width(), layout.height(), layout.bands(), LibVips.FORMAT_DOUBLE));
                     VipsImage tagged = untagged.withInterpretation(layout.interpretation());
                     VipsImage counted = tagged.withIntField("n-pages", tiff.pageCount())) {
                    return counted.withIntField("orientation", layout.orientation());
                }
            }
        }
    }

    private static boolean has64BitSamples(Map<Integer, long[]> tags) {
        long[] bits = tags.get(Tag.BITS_PER_SAMPLE);
        return bits != null && bits[0] == 64;
    }

    private static void decode(TiffStructure tiff, Layout layout, MemorySegment pixels) {
        int planes = layout.planar() ? layout.bands() : 1;
        int samples = layout.planar() ? 1 : layout.bands();
        int across = Math.ceilDiv(layout.width(), layout.chunkWidth());
        int down = Math.ceilDiv(layout.height(), layout.chunkHeight());
        byte[] row = new byte[layout.chunkWidth() * samples * 8];
        ByteBuffer values = ByteBuffer.wrap(row).order(tiff.order());
        for (int plane = 0; plane < planes; plane++) {
            for (int chunkRow = 0; chunkRow < down; chunkRow++) {
                for (int chunkColumn = 0; chunkColumn < across; chunkColumn++) {
                    int chunk = (plane * down + chunkRow) * across + chunkColumn;
                    int top = chunkRow * layout.chunkHeight();
                    int left = chunkColumn * layout.chunkWidth();
                    int rows = Math.min(layout.chunkHeight(), layout.height() - top);
                    int columns = Math.min(layout.chunkWidth(), layout.width() - left);
                    try (InputStream in = layout.chunk(tiff, chunk)) {
                        for (int y = top; y < top + rows; y++) {
                            if (in.readNBytes(row, 0, row.length) < row.length) {
                                throw tiff.problem("truncated: " + layout.chunkName(chunk) + " ends early");
                            }
                            if (layout.predictor() == FLOATING_POINT_PREDICTOR) {
                                undoFloatingPointPredictor(row, samples);
                            } else if (layout.predictor() == HORIZONTAL_PREDICTOR) {
                                undoHorizontalPredictor(values, samples);
                            }
                            long at = ((long) y * layout.width() + left) * layout.bands() + plane;
                            for (int sample = 0; sample < columns * samples; sample++) {
                                long bits = layout.predictor() == FLOATING_POINT_PREDICTOR
                                        ? bigEndianFromBytePlanes(row, sample, row.length / 8)
                                        : values.getLong(sample * 8);
                                pixels.setAtIndex(JAVA_DOUBLE, at + (long) sample * planes, layout.value(bits));
                            }
                        }
                    } catch (IOException e) {
                        throw tiff.problem("damaged " + layout.chunkName(chunk) + ": " + e.getMessage());
                    }
                }
            }
        }
    }

    /**
     * TIFF's predictor 2 on 64-bit samples (as libtiff writes it, libvips' default with deflate): each sample is
     * stored as the difference, as a 64-bit integer, to the sample {@code samples} before it in its row.
     */
    private static void undoHorizontalPredictor(ByteBuffer row, int samples) {
        for (int i = samples * 8; i < row.capacity(); i += 8) {
            row.putLong(i, row.getLong(i) + row.getLong(i - samples * 8));
        }
    }

    /**
     * TIFF's predictor 3 (as libtiff writes it): each row is stored as the bytes of its samples, most significant
     * byte of every sample first, then the next byte of every sample..., each byte the difference to the byte
     * {@code samples} before it.
     */
    private static void undoFloatingPointPredictor(byte[] row, int samples) {
        for (int i = samples; i < row.length; i++) {
            row[i] += row[i - samples];
        }
    }

    private static long bigEndianFromBytePlanes(byte[] row, int sample, int samplesInRow) {
        long bits = 0;
        for (int significance = 0; significance < 8; significance++) {
            bits = bits << 8 | (row[significance * samplesInRow + sample] & 0xffL);
        }
        return bits;
    }

    /** The TIFF tags read here. */
    private static final class Tag {
        static final int WIDTH = 256;
        static final int HEIGHT = 257;
        static final int BITS_PER_SAMPLE = 258;
        static final int COMPRESSION = 259;
        static final int PHOTOMETRIC = 262;
        static final int STRIP_OFFSETS = 273;
        static final int ORIENTATION = 274;
        static final int SAMPLES_PER_PIXEL = 277;
        static final int ROWS_PER_STRIP = 278;
        static final int STRIP_BYTE_COUNTS = 279;
        static final int PLANAR_CONFIGURATION = 284;
        static final int PREDICTOR = 317;
        static final int TILE_WIDTH = 322;
        static final int TILE_LENGTH = 323;
        static final int TILE_OFFSETS = 324;
        static final int TILE_BYTE_COUNTS = 325;
        static final int SAMPLE_FORMAT = 339;

        private Tag() {
        }
    }

    /**
     * How a page's samples are stored, checked to be something this class reads. A chunk is a strip (as wide as
     * the page) or a tile.
     */
    private record Layout(int width, int height, int bands, boolean planar, int chunkWidth, int chunkHeight,
                          boolean tiled, long[] offsets, long[] byteCounts, boolean deflated,
                          int predictor, int sampleFormat, int interpretation, int orientation) {

        static Layout of(Map<Integer, long[]> tags, TiffStructure tiff) {
            long width = first(tags, Tag.WIDTH, 0);
            long height = first(tags, Tag.HEIGHT, 0);
            if (width < 1 || height < 1 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
                throw tiff.problem("damaged header: the page is " + width + "x" + height + " pixels");
            }
            if (width * height > PIXELS_MAX) {
                throw tiff.problem("a page of 64-bit samples is read whole into memory, at most "
                        + PIXELS_MAX / 1_000_000 + " megapixels; this one is " + width + "x" + height
                        + ": save it with 32-bit float samples");
            }
            int bands = (int) first(tags, Tag.SAMPLES_PER_PIXEL, 1);
            for (long bits : tags.get(Tag.BITS_PER_SAMPLE)) {
                if (bits != 64) {
                    throw unsupported(tiff, "with samples of different sizes");
                }
            }
            long[] formats = tags.getOrDefault(Tag.SAMPLE_FORMAT, new long[] {1});
            for (long format : formats) {
                if (format != formats[0] || format < 1 || format > 3) {
                    throw unsupported(tiff, "in sample format " + format);
                }
            }
            int sampleFormat = (int) formats[0];
            long compression = first(tags, Tag.COMPRESSION, 1);
            if (compression != 1 && compression != 8 && compression != 32946) {
                throw unsupported(tiff, "compressed with method " + compression);
            }
            long predictor = first(tags, Tag.PREDICTOR, 1);
            if (predictor != 1 && predictor != HORIZONTAL_PREDICTOR
                    && !(predictor == FLOATING_POINT_PREDICTOR && sampleFormat == 3)) {
                throw unsupported(tiff, "stored with predictor " + predictor);
            }
            long planarConfiguration = first(tags, Tag.PLANAR_CONFIGURATION, 1);
            if (planarConfiguration != 1 && planarConfiguration != 2) {
                throw tiff.problem("damaged header: planar configuration " + planarConfiguration);
            }
            int interpretation = interpretation(first(tags, Tag.PHOTOMETRIC, -1), bands, sampleFormat, tiff);
            boolean tiled = tags.containsKey(Tag.TILE_OFFSETS);
            long chunkWidth = tiled ? first(tags, Tag.TILE_WIDTH, 0) : width;
            long chunkHeight = Math.min(height, first(tags, tiled ? Tag.TILE_LENGTH : Tag.ROWS_PER_STRIP, height));
            // A row of a chunk is read at a time: it must fit in an array, with room to spare.
            if (chunkWidth < 1 || chunkHeight < 1 || chunkWidth * bands * 8 > 1 << 30) {
                throw tiff.problem("damaged header: " + (tiled ? "tiles of " : "strips of ") + chunkWidth + "x"
                        + chunkHeight + " pixels");
            }
            long[] offsets = tags.get(tiled ? Tag.TILE_OFFSETS : Tag.STRIP_OFFSETS);
            long[] byteCounts = tags.get(tiled ? Tag.TILE_BYTE_COUNTS : Tag.STRIP_BYTE_COUNTS);
            long chunks = (planarConfiguration == 2 ? bands : 1) * Math.ceilDiv(width, chunkWidth)
                    * Math.ceilDiv(height, chunkHeight);
            if (offsets == null || byteCounts == null || offsets.length < chunks || byteCounts.length < chunks) {
                throw tiff.problem("damaged header: fewer " + (tiled ? "tile" : "strip") + " offsets or sizes than "
                        + chunks + " " + (tiled ? "tiles" : "strips"));
            }
            return new Layout((int) width, (int) height, bands, planarConfiguration == 2, (int) chunkWidth,
                    (int) chunkHeight, tiled, offsets, byteCounts, compression != 1, (int) predictor, sampleFormat,
                    interpretation, (int) first(tags, Tag.ORIENTATION, 1));
        }

        /** libvips' own TIFF loader's: RGB is scRGB when float, sRGB when integer; grey is b-w. */
        private static int interpretation(long photometric, int bands, int sampleFormat, TiffStructure tiff) {
            if (photometric == 2 && (bands == 3 || bands == 4)) {
                return sampleFormat == 3 ? LibVips.INTERPRETATION_SCRGB : LibVips.INTERPRETATION_SRGB;
            }
            if (photometric == 1 && (bands == 1 || bands == 2)) {
                return LibVips.INTERPRETATION_B_W;
            }
            throw unsupported(tiff, "of " + bands + " samples a pixel in photometric interpretation " + photometric);
        }

        private static VipsException unsupported(TiffStructure tiff, String what) {
            return tiff.problem("a TIFF of 64-bit samples " + what + " cannot be read (" + SUPPORTED + ")");
        }

        private static long first(Map<Integer, long[]> tags, int tag, long absent) {
            long[] values = tags.get(tag);
            return values == null ? absent : values[0];
        }

        /** The bytes of a chunk as stored uncompressed. */
        InputStream chunk(TiffStructure tiff, int chunk) {
            InputStream stored = new BufferedInputStream(tiff.data(offsets[chunk], byteCounts[chunk]), 1 << 16);
            return deflated ? new InflaterInputStream(stored) : stored;
        }

        String chunkName(int chunk) {
            return (tiled ? "tile " : "strip ") + chunk;
        }

        double value(long bits) {
            return switch (sampleFormat) {
                case 3 -> Double.longBitsToDouble(bits);
                case 2 -> bits;
                default -> (bits >>> 1) * 2.0 + (bits & 1);
            };
        }
    }
}
