package org.iiifgenerator.source;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.SequencedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.iiifgenerator.collection.ImageFiles;
import org.iiifgenerator.storage.StoredFile;

/**
 * Images in a local folder: used in place, nothing to fetch or free.
 *
 * <p>Symbolic links are followed wherever they point, also out of the folder: a folder of links is how people
 * assemble a collection from scans kept elsewhere without copying them. What cannot be read as a file (a FIFO, a
 * device, a link that leads nowhere or back into a folder it is in) is skipped with a warning that names it.
 * Hidden files and folders are not looked into: they are never content.
 */
public final class FolderSource implements ImageSource {

    private final Path root;

    public FolderSource(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public SequencedMap<String, StoredFile> files(Consumer<String> warnings) throws IOException {
        SequencedMap<String, StoredFile> listing = new TreeMap<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                        return !folder.equals(root) && ImageFiles.isHidden(folder.getFileName().toString())
                                ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                        if (ImageFiles.isHidden(file.getFileName().toString())) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (attributes.isRegularFile()) {
                            long size = attributes.size();
                            listing.put(key(file), new StoredFile(size, size + "@"
                                    + attributes.lastModifiedTime().toInstant()));
                        } else if (attributes.isSymbolicLink()) {
                            // Its target could not be read: missing, or a chain of links that ends in itself.
                            warnings.accept(skipped(file, "a symbolic link that leads nowhere (to "
                                    + Files.readSymbolicLink(file) + ")"));
                        } else {
                            warnings.accept(skipped(file, SpecialFiles.kind(file) + ", not a file"));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                        if (file.equals(root)) {
                            throw e;
                        }
                        warnings.accept(e instanceof FileSystemLoopException
                                ? skipped(file, "a symbolic link to a folder it is in")
                                : skipped(file, "not readable (" + e + ")"));
                        return FileVisitResult.CONTINUE;
                    }
                });
        return listing;
    }

    private String key(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private String skipped(Path file, String what) {
        return file + " is " + what + "; it is skipped";
    }

    @Override
    public Path acquire(String key) {
        return root.resolve(key);
    }

    @Override
    public void release(String key) {
        // the file stays where the user keeps it
    }

    @Override
    public String describe(String key) {
        return root.resolve(key).toString();
    }
}
