package org.iiifgenerator.tiling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads what dzsave wrote for one page, loose in the service folder or packed in a zip: its info.json, single
 * tiles (which the whole-image sizes are joined from) and the totals. Close it to release the zip.
 */
abstract sealed class TileFiles implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String INFO_JSON = "info.json";

    static TileFiles loose(Path folder) {
        return new Loose(folder);
    }

    static TileFiles packed(PackedTiles packed, Path folder) throws IOException {
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

        private final PackedTiles packed;
        private final Path folder;
        private final ZipFile zip;

        Packed(PackedTiles packed, Path folder) throws IOException {
            this.packed = packed;
            this.folder = folder;
            this.zip = new ZipFile(packed.zip().toFile());
        }

        @Override
        InputStream open(String path) throws IOException {
            ZipEntry entry = zip.getEntry(packed.entryPrefix() + path);
            if (entry == null) {
                throw new IOException("dzsave did not write " + path + " in " + packed.zip());
            }
            return zip.getInputStream(entry);
        }

        @Override
        Totals totals() throws IOException {
            int tiles = 0;
            long bytes = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (packed.keyOf(entry.getName()) != null) {
                    tiles++;
                    bytes += entry.getSize();
                }
            }
            Totals rest = new Loose(folder).totals();
            return new Totals(tiles, bytes + rest.bytes());
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }
}
