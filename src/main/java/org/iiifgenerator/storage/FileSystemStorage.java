package org.iiifgenerator.storage;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Publishes into a local folder. Every write goes to a temporary sibling first and is renamed into place,
 * so a web server reading the folder never serves a truncated file.
 */
public final class FileSystemStorage implements Storage {

    private final Path root;

    public FileSystemStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public void put(String key, byte[] content, String contentType) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Path temporary = temporarySibling(target);
        try {
            Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            moveIntoPlace(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public void putFile(String key, Path file, String contentType) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        try {
            moveIntoPlace(file, target);
        } catch (AtomicMoveNotSupportedException crossDevice) {
            // The work folder is on another file system: copy next to the target first, then rename.
            Path temporary = temporarySibling(target);
            try {
                Files.copy(file, temporary);
                moveIntoPlace(temporary, target);
                Files.delete(file);
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * Renames the whole folder into place: one operation instead of one per tile, and readers see either the
     * old service or the new one, never a mix. A folder already published under the prefix is replaced.
     */
    @Override
    public void putFolder(String keyPrefix, Path folder, String lastFile) throws IOException {
        Path target = resolve(keyPrefix);
        Files.createDirectories(target.getParent());
        Path replaced = target.resolveSibling("." + target.getFileName() + ".replaced-" + UUID.randomUUID());
        boolean hadOld = Files.exists(target);
        try {
            if (hadOld) {
                Files.move(target, replaced, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(folder, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException crossDevice) {
            if (hadOld) {
                Files.move(replaced, target, StandardCopyOption.ATOMIC_MOVE);
            }
            Storage.super.putFolder(keyPrefix, folder, lastFile);
            return;
        }
        if (hadOld) {
            LocalFolders.deleteRecursively(replaced);
        }
    }

    /** The output folder's own hidden work area: same file system, so publishing is a rename. */
    @Override
    public Optional<Path> stagingArea() {
        return Optional.of(root.resolve(".iiif-work"));
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(resolve(key));
    }

    @Override
    public SequencedMap<String, StoredFile> listing(String prefix) throws IOException {
        // Walk only the folder the prefix names, not the whole published tree.
        int slash = prefix.lastIndexOf('/');
        Path start = slash < 0 ? root : resolve(prefix.substring(0, slash));
        SequencedMap<String, StoredFile> listing = new TreeMap<>();
        try (Stream<Path> files = Files.walk(start)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String key = root.relativize(file).toString().replace('\\', '/');
                if (key.startsWith(prefix)) {
                    listing.put(key, storedFile(file));
                }
            }
        } catch (NoSuchFileException empty) {
            // nothing under the prefix
        }
        return listing;
    }

    /** Size and modification time stand for the content: what rsync and make trust too. */
    private static StoredFile storedFile(Path file) throws IOException {
        long size = Files.size(file);
        return new StoredFile(size, size + "@" + Files.getLastModifiedTime(file).toInstant());
    }

    @Override
    public byte[] read(String key) throws IOException {
        return Files.readAllBytes(resolve(key));
    }

    @Override
    public void download(String key, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.copy(resolve(key), target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    @Override
    public String location() {
        return root.toString();
    }

    /** Maps a key to a path, refusing keys that would leave the root (absolute, "..", empty segments). */
    Path resolve(String key) {
        return root.resolve(StorageKeys.requireRelative(key));
    }

    /** Created like any new file (umask permissions), unlike Files.createTempFile's owner-only ones. */
    private static Path temporarySibling(Path target) {
        return target.resolveSibling(".put-" + UUID.randomUUID() + ".tmp");
    }

    private static void moveIntoPlace(Path source, Path target) throws IOException {
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
