package org.iiifgenerator.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes uncompressed TIFFs of any sample format libvips' own saver does not make: signed integers, 32- and
 * 64-bit floats, planes stored separately (PlanarConfiguration 2, one strip per plane), several pages, either
 * byte order. What scientific software (scikit-image, tifffile) writes.
 */
public final class SampleTiff {

    /** TIFF's SampleFormat values. */
    public enum SampleFormat {
        UNSIGNED(1), SIGNED(2), FLOAT(3);

        final int tag;

        SampleFormat(int tag) {
            this.tag = tag;
        }
    }

    /** The value of one sample. */
    @FunctionalInterface
    public interface Samples {
        double value(int page, int x, int y, int band);
    }

    private SampleTiff() {
    }

    /** {@code bands} 3 is RGB, 1 is grey (black is zero). Little-endian, as PCs write. */
    public static Path write(Path file, int width, int height, int pages, int bands, int bits, SampleFormat format,
                             boolean planar, Samples samples) {
        return write(file, ByteOrder.LITTLE_ENDIAN, width, height, pages, bands, bits, format, planar, samples);
    }

    /** As {@link #write(Path, int, int, int, int, int, SampleFormat, boolean, Samples)}, in either byte order. */
    public static Path write(Path file, ByteOrder order, int width, int height, int pages, int bands, int bits,
                             SampleFormat format, boolean planar, Samples samples) {
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        byte mark = (byte) (order == ByteOrder.LITTLE_ENDIAN ? 'I' : 'M');
        tiff.writeBytes(buffer(8, order).put(mark).put(mark).putShort((short) 42).putInt(8).array());
        int bytesPerSample = bits / 8;
        int planeBytes = width * height * bytesPerSample;
        for (int page = 0; page < pages; page++) {
            // The IFD of this page comes first (at the offset the previous one points to), then its pixels.
            int strips = planar ? bands : 1;
            int entries = 11;
            int ifdSize = 2 + entries * 12 + 4;
            int arrays = 2 * 2 * bands + 2 * 4 * strips; // BitsPerSample, SampleFormat, StripOffsets, StripByteCounts
            int ifdOffset = tiff.size();
            int arraysOffset = ifdOffset + ifdSize;
            int dataOffset = arraysOffset + arrays;
            int dataSize = planeBytes * bands;
            int nextIfd = page == pages - 1 ? 0 : dataOffset + dataSize;

            ByteBuffer ifd = buffer(ifdSize + arrays, order);
            ifd.putShort((short) entries);
            int bitsAt = arraysOffset;
            int formatAt = bitsAt + 2 * bands;
            int offsetsAt = formatAt + 2 * bands;
            int countsAt = offsetsAt + 4 * strips;
            entry(ifd, 256, 4, 1, width);
            entry(ifd, 257, 4, 1, height);
            entry(ifd, 258, 3, bands, bands == 1 ? bits : bitsAt);
            entry(ifd, 259, 3, 1, 1);
            entry(ifd, 262, 3, 1, bands >= 3 ? 2 : 1);
            entry(ifd, 273, 4, strips, strips == 1 ? dataOffset : offsetsAt);
            entry(ifd, 277, 3, 1, bands);
            entry(ifd, 278, 4, 1, height);
            entry(ifd, 279, 4, strips, strips == 1 ? dataSize : countsAt);
            entry(ifd, 284, 3, 1, planar ? 2 : 1);
            entry(ifd, 339, 3, bands, bands == 1 ? format.tag : formatAt);
            ifd.putInt(nextIfd);
            for (int b = 0; b < bands; b++) {
                ifd.putShort((short) bits);
            }
            for (int b = 0; b < bands; b++) {
                ifd.putShort((short) format.tag);
            }
            for (int s = 0; s < strips; s++) {
                ifd.putInt(dataOffset + s * (dataSize / strips));
            }
            for (int s = 0; s < strips; s++) {
                ifd.putInt(dataSize / strips);
            }
            tiff.writeBytes(ifd.array());

            ByteBuffer data = buffer(dataSize, order);
            for (int plane = 0; plane < (planar ? bands : 1); plane++) {
                for (int y = 0; y < height; y++) {
                    for (int x = 0; x < width; x++) {
                        for (int b = planar ? plane : 0; b < (planar ? plane + 1 : bands); b++) {
                            put(data, bits, format, samples.value(page, x, y, b));
                        }
                    }
                }
            }
            tiff.writeBytes(data.array());
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, tiff.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ByteBuffer data, int bits, SampleFormat format, double value) {
        switch (format) {
            case FLOAT -> {
                if (bits == 64) {
                    data.putDouble(value);
                } else {
                    data.putFloat((float) value);
                }
            }
            case SIGNED, UNSIGNED -> {
                long integer = Math.round(value);
                switch (bits) {
                    case 8 -> data.put((byte) integer);
                    case 16 -> data.putShort((short) integer);
                    case 32 -> data.putInt((int) integer);
                    case 64 -> data.putLong(integer);
                    default -> throw new IllegalArgumentException(bits + "-bit integers");
                }
            }
        }
    }

    /** One IFD entry; a single SHORT value sits in the first two bytes of the value field, in either byte order. */
    private static void entry(ByteBuffer ifd, int tag, int type, int count, int value) {
        ifd.putShort((short) tag).putShort((short) type).putInt(count);
        if (type == 3 && count == 1) {
            ifd.putShort((short) value).putShort((short) 0);
        } else {
            ifd.putInt(value);
        }
    }

    private static ByteBuffer buffer(int size, ByteOrder order) {
        return ByteBuffer.allocate(size).order(order);
    }
}
