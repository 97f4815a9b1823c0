package org.iiifgenerator.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads the entries of a local zip that are to be published, one at a time (they are small: tiles). */
final class ArchiveEntries {

    /** Receives one entry; returns false to stop reading. */
    @FunctionalInterface
    interface Receiver {
        boolean accept(String key, String entryName, byte[] content) throws IOException;
    }

    private ArchiveEntries() {
    }

    /** Every file entry that {@code keyOf} maps to a key (null leaves it out), in the zip's order. */
    static void read(Path zip, Function<String, String> keyOf, Receiver receiver) throws IOException {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(archive.entries())) {
                String key = entry.isDirectory() ? null : keyOf.apply(entry.getName());
                if (key == null) {
                    continue;
                }
                byte[] content;
                try (InputStream in = archive.getInputStream(entry)) {
                    content = in.readAllBytes();
                }
                if (!receiver.accept(key, entry.getName(), content)) {
                    return;
                }
            }
        }
    }
}
