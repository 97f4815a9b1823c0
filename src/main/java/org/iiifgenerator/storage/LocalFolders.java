package org.iiifgenerator.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Local folder housekeeping shared by storage, work areas and commands. */
public final class LocalFolders {

    private LocalFolders() {
    }

    /** Deletes a folder and everything in it; nothing happens when it does not exist. */
    public static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Deletes the empty folders under {@code folder}, deepest first, and {@code folder} itself if it ends empty. */
    public static void deleteEmptyFolders(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.filter(Files::isDirectory)
                    .sorted(Comparator.reverseOrder())::iterator) {
                try (Stream<Path> entries = Files.list(path)) {
                    if (entries.findAny().isEmpty()) {
                        Files.delete(path);
                    }
                }
            }
        }
    }
}
