package org.iiifgenerator.tiling;

import java.nio.file.Path;
import java.util.Set;

/**
 * A page's tiles of one format packed by dzsave into one uncompressed zip beside its service folder: on a disk,
 * one file written and read back instead of thousands of small files and folders. The tile bytes are the same.
 *
 * @param zip         the zip file
 * @param entryPrefix what every entry name starts with ({@code <zip name without .zip>/})
 */
public record PackedTiles(Path zip, String entryPrefix) {

    /** What dzsave adds beside the tiles: its own info.json (ours is in the folder) and its metadata dump. */
    private static final Set<String> NOT_PUBLISHED = Set.of("info.json", "vips-properties.xml");

    static PackedTiles beside(Path folder) {
        String name = folder.getFileName().toString();
        return new PackedTiles(folder.resolveSibling(name + ".zip"), name + "/");
    }

    /** The zip of the tiles in a second format, beside the first: {@code <folder>.<extension>.zip}. */
    static PackedTiles beside(Path folder, String extension) {
        String name = folder.getFileName().toString() + "." + extension;
        return new PackedTiles(folder.resolveSibling(name + ".zip"), name + "/");
    }

    /** The key of an entry relative to the image service, or null for an entry that is not published. */
    public String keyOf(String entryName) {
        if (!entryName.startsWith(entryPrefix) || entryName.endsWith("/")) {
            return null;
        }
        String key = entryName.substring(entryPrefix.length());
        return NOT_PUBLISHED.contains(key) ? null : key;
    }
}
