package org.iiifgenerator.config;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.iiifgenerator.layout.OutputLayout;

/**
 * Checks of the local paths a job reads and writes, made before any work: a folder that cannot be written would
 * otherwise fail every image, or the run half-way. Each problem starts with "is '<path>'" and says what to do.
 */
public final class LocalPaths {

    /** The folders a run writes into an output folder: a file of one of these names fails every image. */
    private static final List<String> OUTPUT_FOLDERS = List.of(OutputLayout.TILES_FOLDER,
            OutputLayout.COLLECTION_FOLDER);

    private LocalPaths() {
    }

    static Path existingFolder(String value) {
        Path folder = Path.of(value);
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("is '" + value + "', which is not a folder");
        }
        return folder;
    }

    static Path readableFile(String value) {
        Path file = Path.of(value);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("is '" + value + "', which is not a readable file");
        }
        return file;
    }

    /** An output folder: a folder this process can write in (made when missing), without a file where a run's folders go. */
    public static Path outputFolder(String value) {
        Path folder = writableFolder(value);
        for (String name : OUTPUT_FOLDERS) {
            Path inside = folder.resolve(name);
            if (Files.exists(inside) && !Files.isDirectory(inside)) {
                throw new IllegalArgumentException("is '" + value + "', whose '" + name + "' is a file, where the "
                        + "run writes a folder: move that file away or choose another output folder");
            }
        }
        return folder;
    }

    /**
     * A folder this process can write in, or can make: where it does not exist yet, its nearest existing parent
     * must be a folder it can write in. Writing is tried (a file made and removed): permission bits do not tell
     * for root, a read-only mount or an access control list.
     */
    static Path writableFolder(String value) {
        Path folder = Path.of(value).toAbsolutePath().normalize();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("is '" + value + "', which is a file: give a folder (it is made "
                    + "when missing)");
        }
        Path existing = folder;
        while (!Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (!Files.isDirectory(existing)) {
            throw new IllegalArgumentException("is '" + value + "', which lies under the file '" + existing
                    + "': give a path under a folder");
        }
        try {
            Files.delete(Files.createTempFile(existing, ".iiif-generator-", ".probe"));
        } catch (IOException e) {
            throw new IllegalArgumentException("is '" + value + "', but nothing can be written in '" + existing
                    + "' (" + reason(e) + "): give a folder this user can write to");
        }
        return folder;
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e instanceof FileSystemException fileSystem && fileSystem.getReason() != null
                ? fileSystem.getReason() : e.getMessage();
    }
}
