package org.iiifgenerator.tiling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads what dzsave wrote for one page, loose in the service folder or packed in zips (one per tile format): its
 * info.json, single tiles (which the whole-image sizes are joined from) and the totals. Close it to release the zips.
 */
abstract sealed class TileFiles implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String INFO_JSON = "info.json";

    static TileFiles loose(Path folder) {
        return new Loose(folder);
    }

    static TileFiles packed(List<PackedTiles> packed, Path folder) throws IOException {
        return new Packed(packed, folder);
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

    /** Tiles (not info.json or the whole images) and bytes of the finished service, tiles and folder together. */
    abstract Totals totals() throws IOException;

    abstract InputStream open(String path) throws IOException;

    @Override
    public void close() throws IOException {
    }

    record Totals(int tiles, long bytes) {
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
        Totals totals() throws IOException {
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
            return new Totals(tiles, bytes);
        }
    }

    private static final class Packed extends TileFiles {

        private final List<PackedTiles> packed;
        private final Path folder;
        private final List<ZipFile> zips = new ArrayList<>();

        Packed(List<PackedTiles> packed, Path folder) throws IOException {
            this.packed = packed;
            this.folder = folder;
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
            for (int i = 0; i < zips.size(); i++) {
                ZipEntry entry = zips.get(i).getEntry(packed.get(i).entryPrefix() + path);
                if (entry != null) {
                    return zips.get(i).getInputStream(entry);
                }
            }
            throw new IOException("dzsave did not write " + path + " in " + packed.getFirst().zip());
        }

        @Override
        Totals totals() throws IOException {
            int tiles = 0;
            long bytes = 0;
            for (int i = 0; i < zips.size(); i++) {
                for (Enumeration<? extends ZipEntry> entries = zips.get(i).entries(); entries.hasMoreElements(); ) {
                    ZipEntry entry = entries.nextElement();
                    if (packed.get(i).keyOf(entry.getName()) != null) {
                        tiles++;
                        bytes += entry.getSize();
                    }
                }
            }
            Totals rest = new Loose(folder).totals();
            return new Totals(tiles + rest.tiles(), bytes + rest.bytes());
        }

        @Override
        public void close() throws IOException {
            for (ZipFile zip : zips) {
                zip.close();
            }
        }
    }
}
