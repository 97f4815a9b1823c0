package org.iiifgenerator.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Images in a local folder: used in place, nothing to fetch or free. */
public final class FolderSource implements ImageSource {

    private final Path root;

    public FolderSource(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public List<String> files() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .toList();
        }
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
