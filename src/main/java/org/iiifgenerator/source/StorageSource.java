package org.iiifgenerator.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SequencedMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.iiifgenerator.storage.Storage;
import org.iiifgenerator.storage.StoredFile;

/**
 * Images in a storage (an S3 prefix): each file is downloaded into the work area when its first page needs it
 * and deleted when its last page is done. Local disk therefore holds only the files being tiled, however large
 * the collection.
 */
public final class StorageSource implements ImageSource {

    private final Storage storage;
    private final Path workArea;
    private final Map<String, Download> downloads = new HashMap<>();

    public StorageSource(Storage storage, Path workArea) {
        this.storage = storage;
        this.workArea = workArea;
    }

    @Override
    public SequencedMap<String, StoredFile> files(Consumer<String> warnings) throws IOException {
        return storage.listing("");
    }

    @Override
    public Path acquire(String key) throws IOException {
        Download download;
        synchronized (downloads) {
            download = downloads.computeIfAbsent(key, k -> new Download(localFileFor(k)));
            download.users++;
        }
        try {
            return download.fetch(storage, key);
        } catch (IOException | RuntimeException e) {
            release(key);
            throw e;
        }
    }

    @Override
    public void release(String key) throws IOException {
        Download done;
        synchronized (downloads) {
            Download download = downloads.get(key);
            if (download == null || --download.users > 0) {
                return;
            }
            done = downloads.remove(key);
        }
        Files.deleteIfExists(done.file);
    }

    @Override
    public String describe(String key) {
        return storage.location() + "/" + key;
    }

    /**
     * Keeps the original extension, which libvips chooses its loader by, and nothing else of the name: a name of
     * 250 bytes, fine in S3, would not fit a local file system's 255 with anything added to it.
     */
    private Path localFileFor(String key) {
        String name = key.substring(key.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return workArea.resolve("source-" + UUID.randomUUID() + (dot < 0 ? "" : name.substring(dot)));
    }

    /** One local copy of a key, fetched once by whichever user comes first. */
    private static final class Download {

        private final Path file;
        private int users;
        private boolean fetched;

        Download(Path file) {
            this.file = file;
        }

        synchronized Path fetch(Storage storage, String key) throws IOException {
            if (!fetched) {
                Files.createDirectories(file.getParent());
                storage.download(key, file);
                fetched = true;
            }
            return file;
        }
    }
}
