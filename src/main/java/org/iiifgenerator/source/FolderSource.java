package org.iiifgenerator.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SequencedMap;
import org.iiifgenerator.storage.FileSystemStorage;
import org.iiifgenerator.storage.StoredFile;

/** Images in a local folder: used in place, nothing to fetch or free. */
public final class FolderSource implements ImageSource {

    private final Path root;

    public FolderSource(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public SequencedMap<String, StoredFile> files() throws IOException {
        return new FileSystemStorage(root).listing("");
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
