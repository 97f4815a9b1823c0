package org.iiifgenerator.vips;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The structure of a TIFF file, classic or BigTIFF, either byte order: its chain of directories (one a page) and
 * their integer-valued tags, and streams over the data they point to. Problems are {@link VipsException}s of the
 * {@code open} operation naming the file.
 */
final class TiffStructure implements AutoCloseable {

    /** More directories than libvips would list pages of (it refuses 10000 or more): the chain is damaged. */
    private static final int DIRECTORIES_MAX = 100_000;
    /** More strip or tile offsets than a page within the pixel limit has, unless it is a strip of single rows. */
    private static final long VALUES_MAX = 1 << 22;

    private final Path file;
    private final FileChannel channel;
    private final ByteOrder order;
    private final boolean big;
    private final List<Long> directories;

    private TiffStructure(Path file, FileChannel channel) throws IOException {
        this.file = file;
        this.channel = channel;
        ByteBuffer header = read(0, 16);
        byte first = header.get(0);
        if (first != header.get(1) || (first != 'I' && first != 'M')) {
            throw problem("not a TIFF file");
        }
        order = first == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        header.order(order);
        int version = header.getShort(2);
        if (version != 42 && version != 43) {
            throw problem("not a TIFF file (version " + version + ")");
        }
        big = version == 43;
        directories = chain(big ? header.getLong(8) : Integer.toUnsignedLong(header.getInt(4)));
    }

    static TiffStructure open(Path file) {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            try {
                return new TiffStructure(file, channel);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    int pageCount() {
        return directories.size();
    }

    ByteOrder order() {
        return order;
    }

    /**
     * The tags of page {@code page}'s directory that hold SHORT, LONG or LONG8 values, by tag number; tags of
     * other types (text, bytes such as an ICC profile or XMP, fractions) are left out.
     */
    Map<Integer, long[]> directory(int page) {
        if (page >= directories.size()) {
            throw problem("page " + page + " asked for, the file has " + directories.size());
        }
        try {
            long offset = directories.get(page);
            long entries = entryCount(offset);
            int entrySize = big ? 20 : 12;
            ByteBuffer table = read(offset + (big ? 8 : 2), Math.toIntExact(entries * entrySize)).order(order);
            Map<Integer, long[]> tags = new HashMap<>();
            for (int i = 0; i < entries; i++) {
                int at = i * entrySize;
                int tag = Short.toUnsignedInt(table.getShort(at));
                int type = Short.toUnsignedInt(table.getShort(at + 2));
                long count = big ? table.getLong(at + 4) : Integer.toUnsignedLong(table.getInt(at + 4));
                int size = integerSize(type);
                if (size == 0 || count < 1 || count > VALUES_MAX) {
                    continue;
                }
                int valueField = big ? 8 : 4;
                ByteBuffer values = count * size <= valueField
                        ? table.slice(at + (big ? 12 : 8), valueField).order(order)
                        : read(big ? table.getLong(at + 12) : Integer.toUnsignedLong(table.getInt(at + 8)),
                                Math.toIntExact(count * size)).order(order);
                long[] read = new long[(int) count];
                for (int v = 0; v < count; v++) {
                    read[v] = switch (size) {
                        case 2 -> Short.toUnsignedLong(values.getShort(v * 2));
                        case 4 -> Integer.toUnsignedLong(values.getInt(v * 4));
                        default -> values.getLong(v * 8);
                    };
                }
                tags.put(tag, read);
            }
            return tags;
        } catch (IOException | ArithmeticException e) {
            throw problem("damaged directory of page " + page);
        }
    }

    /** The {@code length} bytes at {@code offset}, read as they come: not inflated or otherwise decoded. */
    InputStream data(long offset, long length) {
        return new InputStream() {
            private long position = offset;
            private final long end = offset + length;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] into, int start, int wanted) throws IOException {
                int size = (int) Math.min(wanted, end - position);
                if (size <= 0) {
                    return wanted == 0 ? 0 : -1;
                }
                int got = channel.read(ByteBuffer.wrap(into, start, size), position);
                if (got > 0) {
                    position += got;
                }
                return got;
            }
        };
    }

    VipsException problem(String reason) {
        return new VipsException(file, "open", reason);
    }

    static VipsException unreadable(Path file, IOException e) {
        return new VipsException(file, "open", "cannot read the file: " + e);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // Read only: nothing is lost.
        }
    }

    private List<Long> chain(long first) throws IOException {
        List<Long> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        long offset = first;
        while (offset != 0) {
            if (!seen.add(offset) || chain.size() == DIRECTORIES_MAX || offset < 8 || offset >= channel.size()) {
                throw problem("damaged chain of directories after page " + chain.size());
            }
            chain.add(offset);
            long entries = entryCount(offset);
            long next = offset + (big ? 8 + entries * 20 : 2 + entries * 12);
            offset = big ? read(next, 8).order(order).getLong()
                    : Integer.toUnsignedLong(read(next, 4).order(order).getInt());
        }
        if (chain.isEmpty()) {
            throw problem("the file has no pages");
        }
        return chain;
    }

    /** The number of entries of the directory at {@code offset}; a TIFF has a few dozen tags, never thousands. */
    private long entryCount(long offset) throws IOException {
        long entries = big ? read(offset, 8).order(order).getLong()
                : Short.toUnsignedInt(read(offset, 2).order(order).getShort());
        if (entries < 1 || entries > 4096) {
            throw problem("damaged directory at byte " + offset + " (" + entries + " entries)");
        }
        return entries;
    }

    private ByteBuffer read(long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                throw problem("truncated: data expected at byte " + offset + " is missing");
            }
        }
        return buffer.flip();
    }

    /** Bytes per value of TIFF's unsigned integer types (SHORT, LONG, IFD, LONG8, IFD8), 0 for the others. */
    private static int integerSize(int type) {
        return switch (type) {
            case 3 -> 2;
            case 4, 13 -> 4;
            case 16, 18 -> 8;
            default -> 0;
        };
    }
}
