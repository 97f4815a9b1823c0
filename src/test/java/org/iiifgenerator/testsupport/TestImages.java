package org.iiifgenerator.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.iiifgenerator.vips.Vips;
import org.iiifgenerator.vips.VipsImage;

/** Source images for tests, written with libvips: textured (so JPEG tiles are not trivial) and reproducible. */
public final class TestImages {

    private TestImages() {
    }

    /** An RGB image whose format follows the file extension (.jpg, .png, .tif ...). */
    public static Path image(Path file, int width, int height) {
        return image(file, width, height, width * 31 + height);
    }

    public static Path image(Path file, int width, int height, long seed) {
        createParent(file);
        try (VipsImage image = Vips.fromPixels(pixels(width, height, seed), width, height, 3)) {
            image.save(file, "");
        }
        return file;
    }

    /**
     * Smooth gradients, red along x and green along y: any region out of place shows, and resampling or JPEG
     * hardly change it, so a size made one way can be compared with one made another way.
     */
    public static Path gradient(Path file, int width, int height) {
        createParent(file);
        byte[] rgb = new byte[width * height * 3];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = (y * width + x) * 3;
                rgb[i] = (byte) (x * 255 / width);
                rgb[i + 1] = (byte) (y * 255 / height);
                rgb[i + 2] = (byte) ((x + y) * 255 / (width + height));
            }
        }
        try (VipsImage image = Vips.fromPixels(rgb, width, height, 3)) {
            image.save(file, "");
        }
        return file;
    }

    /** A multi-page TIFF of {@code pages} pages, each {@code width} × {@code height}, each with other pixels. */
    public static Path multiPageTiff(Path file, int width, int height, int pages) {
        createParent(file);
        byte[] stacked = new byte[width * height * 3 * pages];
        for (int page = 0; page < pages; page++) {
            byte[] one = pixels(width, height, page);
            System.arraycopy(one, 0, stacked, page * one.length, one.length);
        }
        try (VipsImage image = Vips.fromPixels(stacked, width, height * pages, 3);
             VipsImage paged = image.withIntField("page-height", height)) {
            paged.save(file, "");
        }
        return file;
    }

    /**
     * A PNG whose header claims {@code width} x {@code height} RGB pixels, with a few bytes of image data: what a
     * decompression bomb looks like to anything that only reads the header.
     */
    public static Path pngClaiming(Path file, int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        pngChunk(png, "IHDR", header.array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[64 * 1024]);
        deflater.finish();
        byte[] data = new byte[1024];
        pngChunk(png, "IDAT", Arrays.copyOf(data, deflater.deflate(data)));
        pngChunk(png, "IEND", new byte[0]);
        return write(file, png.toByteArray());
    }

    /**
     * An uncompressed 8-bit grey TIFF whose header claims {@code width} x {@code height} pixels in one strip,
     * with one byte of pixels in the file: a header that lies.
     */
    public static Path tiffClaiming(Path file, int width, int height) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 9 * 12 + 4 + 1).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        int dataOffset = 8 + 2 + 9 * 12 + 4;
        tiff.putShort((short) 9);
        tiffEntry(tiff, 256, 4, width);                       // ImageWidth
        tiffEntry(tiff, 257, 4, height);                      // ImageLength
        tiffEntry(tiff, 258, 3, 8);                           // BitsPerSample
        tiffEntry(tiff, 259, 3, 1);                           // Compression: none
        tiffEntry(tiff, 262, 3, 1);                           // Photometric: black is zero
        tiffEntry(tiff, 273, 4, dataOffset);                  // StripOffsets
        tiffEntry(tiff, 277, 3, 1);                           // SamplesPerPixel
        tiffEntry(tiff, 278, 4, height);                      // RowsPerStrip
        tiffEntry(tiff, 279, 4, (int) ((long) width * height)); // StripByteCounts (wraps; never read)
        tiff.putInt(0).put((byte) 0);
        return write(file, tiff.array());
    }

    private static void tiffEntry(ByteBuffer tiff, int tag, int type, int value) {
        tiff.putShort((short) tag).putShort((short) type).putInt(1);
        if (type == 3) {
            tiff.putShort((short) value).putShort((short) 0);
        } else {
            tiff.putInt(value);
        }
    }

    private static void pngChunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A file with an image extension whose content is not an image. */
    public static Path notAnImage(Path file) {
        return write(file, "this is not a JPEG".getBytes());
    }

    public static Path empty(Path file) {
        return write(file, new byte[0]);
    }

    /**
     * A copy of {@code jpeg} carrying {@code profile} as its ICC profile (one APP2 marker right after SOI), the
     * pixels untouched: how a test embeds any bytes, a corrupt or mismatched profile too, without converting.
     */
    public static Path jpegWithIccProfile(Path jpeg, byte[] profile, Path file) {
        try {
            byte[] original = Files.readAllBytes(jpeg);
            byte[] signature = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);
            int length = 2 + signature.length + 2 + profile.length;
            if (length > 0xFFFF) {
                throw new IllegalArgumentException("a profile of " + profile.length + " bytes needs several markers");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(original, 0, 2);
            out.write(new byte[] {(byte) 0xFF, (byte) 0xE2, (byte) (length >> 8), (byte) length});
            out.write(signature);
            out.write(new byte[] {1, 1});
            out.write(profile);
            out.write(original, 2, original.length - 2);
            return write(file, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first half of a real JPEG: the header reads, the pixels do not. */
    public static Path truncatedJpeg(Path file, int width, int height) {
        Path whole = image(file.resolveSibling("whole-" + file.getFileName()), width, height);
        try {
            byte[] bytes = Files.readAllBytes(whole);
            Files.delete(whole);
            return write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pixels(int width, int height, long seed) {
        Random random = new Random(seed);
        byte[] rgb = new byte[width * height * 3];
        int shift = random.nextInt(64);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = (y * width + x) * 3;
                rgb[i] = (byte) ((x + shift) * 255 / Math.max(1, width));
                rgb[i + 1] = (byte) ((y * 255 / Math.max(1, height)) ^ (x & 0x1f));
                rgb[i + 2] = (byte) random.nextInt(256);
            }
        }
        return rgb;
    }

    private static Path write(Path file, byte[] bytes) {
        createParent(file);
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createParent(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Vips.init(0);
    }
}
