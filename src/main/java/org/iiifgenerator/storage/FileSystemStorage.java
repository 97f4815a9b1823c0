package org.iiifgenerator.storage;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Publishes into a local folder. Every write goes to a temporary sibling first and is renamed into place,
 * so a web server reading the folder never serves a truncated file.
 */
public final class FileSystemStorage implements Storage {

    private static final String REPLACED = ".replaced-";

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
     * Replaces a published folder so that a reader finds it whole at every moment: a viewer holding the old
     * {@code info.json} finds every tile it lists until the new one is in place, and the folder never goes missing.
     * <ul>
     * <li>Nothing published yet: one rename.</li>
     * <li>On Linux, the new folder and the old one swap places in one step ({@link FolderSwap}); the old one, now
     * where the new one was made (the run's work folder), is deleted there. A run killed meanwhile leaves it to
     * the next run's removal of abandoned work folders, never in the published tree.</li>
     * <li>Where folders cannot be swapped (another system or file system, a work folder on another disk): file by
     * file, each renamed over its old version, {@code lastFile} last; then the old version's files that the new
     * one does not have, which nothing lists any more.</li>
     * </ul>
     * Two renames (the old folder aside, the new one in) would leave nothing at the path between them, for good if
     * the run is killed there; a symbolic link switched to each new version would publish links, which copies and
     * syncs of the output (rsync, aws s3 sync) and some web servers do not treat as folders.
     */
    @Override
    public void putFolder(String keyPrefix, Path folder, String lastFile) throws IOException {
        Path target = resolve(keyPrefix);
        Files.createDirectories(target.getParent());
        if (Files.exists(target) ? FolderSwap.swap(folder, target) : movedIn(folder, target)) {
            LocalFolders.deleteRecursively(folder);
        } else {
            replaceFileByFile(keyPrefix, folder, lastFile);
        }
    }

    private static boolean movedIn(Path folder, Path target) throws IOException {
        try {
            Files.move(folder, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (AtomicMoveNotSupportedException crossDevice) {
            return false;
        }
    }

    private void replaceFileByFile(String keyPrefix, Path folder, String lastFile) throws IOException {
        Path target = resolve(keyPrefix);
        Set<Path> stale = relativeFiles(target);
        stale.removeAll(relativeFiles(folder));
        Storage.super.putFolder(keyPrefix, folder, lastFile);
        for (Path file : stale) {
            Files.deleteIfExists(target.resolve(file));
        }
        LocalFolders.deleteEmptyFolders(target);
        LocalFolders.deleteRecursively(folder);
    }

    private static Set<Path> relativeFiles(Path folder) throws IOException {
        Set<Path> files = new HashSet<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).forEach(file -> files.add(folder.relativize(file)));
            }
        }
        return files;
    }

    /**
     * Earlier versions replaced a service by moving the old one aside to {@code .<service>.replaced-<uuid>} and then
     * deleting it; a run killed meanwhile left that folder in the published tree.
     */
    @Override
    public void removeLeftovers(String folderKey) throws IOException {
        Path folder = resolve(folderKey);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, ".*" + REPLACED + "*")) {
            for (Path leftover : leftovers) {
                LocalFolders.deleteRecursively(leftover);
            }
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

    /**
     * Files that another writer renames or removes while they are listed (the temporary file of a put, a replaced
     * service's folder) are left out rather than failing the listing: like S3's, it shows every finished put.
     */
    @Override
    public SequencedMap<String, StoredFile> listing(String prefix) throws IOException {
        // Walk only the folder the prefix names, not the whole published tree.
        int slash = prefix.lastIndexOf('/');
        Path start = slash < 0 ? root : resolve(prefix.substring(0, slash));
        SequencedMap<String, StoredFile> listing = new TreeMap<>();
        if (!Files.isDirectory(start)) {
            return listing;
        }
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes found) throws IOException {
                String key = root.relativize(file).toString().replace('\\', '/');
                if (!key.startsWith(prefix)) {
                    return FileVisitResult.CONTINUE;
                }
                try {
                    // A link counts as the file it points at.
                    BasicFileAttributes attributes = found.isSymbolicLink()
                            ? Files.readAttributes(file, BasicFileAttributes.class) : found;
                    if (attributes.isRegularFile()) {
                        listing.put(key, new StoredFile(attributes.size(), attributes.size() + "@"
                                + attributes.lastModifiedTime().toInstant()));
                    }
                } catch (NoSuchFileException goneOrDangling) {
                    // not a finished file
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        return listing;
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

    /** Also removes the folders the keys leave empty (an image service's level and column folders). */
    @Override
    public void deleteAll(List<String> keys) throws IOException {
        Set<Path> folders = new TreeSet<>(Comparator.comparingInt(Path::getNameCount).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (String key : keys) {
            Path file = resolve(key);
            Files.deleteIfExists(file);
            for (Path folder = file.getParent(); !folder.equals(root); folder = folder.getParent()) {
                folders.add(folder);
            }
        }
        for (Path folder : folders) {
            try {
                Files.deleteIfExists(folder);
            } catch (DirectoryNotEmptyException stillUsed) {
                // another object's files, or files this storage did not write
            }
        }
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
