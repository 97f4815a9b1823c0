package org.iiifgenerator.tiling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads what dzsave wrote for one page, loose in the service folder or packed in zips (one per tile format): its
 * info.json, single tiles (which the whole-image sizes are joined from) and their sizes. Close it to release the zips.
 */
abstract sealed class TileFiles implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String INFO_JSON = "info.json";

    static TileFiles loose(Path folder) {
        return new Loose(folder);
    }

    static TileFiles packed(List<PackedTiles> packed) throws IOException {
        return new Packed(packed);
    }

    /** dzsave's own info.json. */
    final JsonNode dzsaveInfo() throws IOException {
        try (InputStream in = open(INFO_JSON)) {
            return JSON.readTree(in);
        }
    }

    /** The bytes of the tile at {@code path} (relative to the service); fails naming it when it is missing. */
    final byte[] tile(String path) throws IOException {
        try (InputStream in = open(path)) {
            return in.readAllBytes();
        }
    }

    /** How many of these tiles there are and their bytes; fails naming the first one dzsave did not write. */
    final Totals sizes(List<String> paths) throws IOException {
        long bytes = 0;
        for (String path : paths) {
            bytes += size(path);
        }
        return new Totals(paths.size(), bytes);
    }

    abstract long size(String path) throws IOException;

    abstract InputStream open(String path) throws IOException;

    @Override
    public void close() throws IOException {
    }

    /** Tiles (not info.json or the whole images) and bytes of all files, of a service or a part of it. */
    record Totals(int tiles, long bytes) {

        static final Totals NONE = new Totals(0, 0);

        Totals plus(Totals other) {
            return new Totals(tiles + other.tiles, bytes + other.bytes);
        }
    }

    private static final class Loose extends TileFiles {

        private final Path folder;

        Loose(Path folder) {
            this.folder = folder;
        }

        @Override
        InputStream open(String path) throws IOException {
            Path file = folder.resolve(path);
            if (!Files.isRegularFile(file)) {
                throw new IOException("dzsave did not write " + path + " in " + folder);
            }
            return Files.newInputStream(file);
        }

        @Override
        long size(String path) throws IOException {
            try {
                return Files.size(folder.resolve(path));
            } catch (NoSuchFileException missing) {
                throw new IOException("dzsave did not write " + path + " in " + folder, missing);
            }
        }
    }

    private static final class Packed extends TileFiles {

        private final List<PackedTiles> packed;
        private final List<ZipFile> zips = new ArrayList<>();

        Packed(List<PackedTiles> packed) throws IOException {
            this.packed = packed;
            try {
                for (PackedTiles one : packed) {
                    zips.add(new ZipFile(one.zip().toFile()));
                }
            } catch (IOException e) {
                close();
                throw e;
            }
        }

        @Override
        InputStream open(String path) throws IOException {
            Found found = find(path);
            return found.zip().getInputStream(found.entry());
        }

        @Override
        long size(String path) throws IOException {
            return find(path).entry().getSize();
        }

        private Found find(String path) throws IOException {
            for (int i = 0; i < zips.size(); i++) {
                ZipEntry entry = zips.get(i).getEntry(packed.get(i).entryPrefix() + path);
                if (entry != null) {
                    return new Found(zips.get(i), entry);
                }
            }
            throw new IOException("dzsave did not write " + path + " in " + packed.getFirst().zip());
        }

        private record Found(ZipFile zip, ZipEntry entry) {
        }

        @Override
        public void close() throws IOException {
            for (ZipFile zip : zips) {
                zip.close();
            }
        }
    }
}
