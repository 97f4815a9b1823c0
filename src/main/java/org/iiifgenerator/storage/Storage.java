package org.iiifgenerator.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Where a collection is published: a local folder now, an S3 bucket later. Keys are '/'-separated relative
 * paths; implementations decide how a key maps to a file or an object.
 */
public interface Storage {

    /** Publishes bytes under a key, replacing what was there; readers never see a half-written object. */
    void put(String key, byte[] content, String contentType) throws IOException;

    /**
     * Publishes a local file under a key. The local file is consumed: implementations may move it instead of
     * copying, so callers must not use it afterwards.
     */
    void putFile(String key, Path file, String contentType) throws IOException;

    /**
     * Publishes every file of a local folder under a key prefix, keeping relative paths, with {@code lastFile}
     * (e.g. {@code info.json}) published after all others, so a reader that finds it finds everything it lists.
     * The folder is consumed.
     */
    default void putFolder(String keyPrefix, Path folder, String lastFile) throws IOException {
        Path last = folder.resolve(lastFile);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(file -> !file.equals(last)).toList();
        }
        for (Path file : files) {
            putFile(keyPrefix + "/" + folder.relativize(file).toString().replace('\\', '/'), file,
                    ContentTypes.of(file.getFileName().toString()));
        }
        if (Files.exists(last)) {
            putFile(keyPrefix + "/" + lastFile, last, ContentTypes.of(lastFile));
        }
    }

    /**
     * Publishes entries of a local zip under a key prefix: each entry that {@code keyOf} maps to a key (relative
     * to the prefix; null leaves the entry out), in no particular order. The zip is left in place.
     */
    default void putArchive(String keyPrefix, Path zip, Function<String, String> keyOf) throws IOException {
        ArchiveEntries.read(zip, keyOf, (key, entryName, content) -> {
            put(keyPrefix + "/" + key, content, ContentTypes.of(key));
            return true;
        });
    }

    /**
     * A local folder where image services can be prepared so that {@link #putFolder} is cheap (a rename on the
     * same file system); empty when the storage is remote and anywhere local will do.
     */
    default Optional<Path> stagingArea() {
        return Optional.empty();
    }

    /**
     * Removes what a replacement of the folders under {@code folderKey}, broken off by a kill, left beside them;
     * nothing for a storage whose replacements leave nothing.
     */
    default void removeLeftovers(String folderKey) throws IOException {
    }

    /** Fails, saying why, when nothing can be published here (an S3 bucket that does not exist, say). */
    default void checkAvailable() throws IOException {
    }

    boolean exists(String key) throws IOException;

    /** Every key under a prefix, in lexical order. */
    default List<String> list(String prefix) throws IOException {
        return List.copyOf(sizes(prefix).keySet());
    }

    /** Every key under a prefix with its size in bytes, in lexical order: one listing, no request per key. */
    default SequencedMap<String, Long> sizes(String prefix) throws IOException {
        SequencedMap<String, Long> sizes = new TreeMap<>();
        listing(prefix).forEach((key, file) -> sizes.put(key, file.size()));
        return sizes;
    }

    /** Every key under a prefix with its size and version, in lexical order: one listing, no request per key. */
    SequencedMap<String, StoredFile> listing(String prefix) throws IOException;

    byte[] read(String key) throws IOException;

    /** Writes the object under a key to a local file (replacing it), streaming: no whole object in memory. */
    void download(String key, Path target) throws IOException;

    /** Removes a key; nothing happens when it does not exist. */
    void delete(String key) throws IOException;

    /** Removes keys; those that do not exist are no matter. A storage may remove many in one request. */
    default void deleteAll(List<String> keys) throws IOException {
        for (String key : keys) {
            delete(key);
        }
    }

    /** Where this storage publishes, for messages: a folder path or a bucket URI. */
    String location();
}
