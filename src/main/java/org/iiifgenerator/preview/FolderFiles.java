package org.iiifgenerator.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.iiifgenerator.storage.ContentTypes;

/**
 * The files of the served folder. Names are resolved one by one under the folder, and a file is served only if
 * its real path (symbolic links followed) is inside the folder too, and none of its names is hidden.
 */
final class FolderFiles implements FileSource {

    private final Path root;

    FolderFiles(Path root) throws IOException {
        this.root = root.toRealPath();
    }

    Path root() {
        return root;
    }

    @Override
    public Optional<ServedFile> find(RequestPath path) throws IOException {
        // Hidden names are not published: a run's work folder (.iiif-work), a file still being written (.put-*).
        if (path.names().stream().anyMatch(name -> name.startsWith("."))) {
            return Optional.empty();
        }
        Path file = root;
        for (String name : path.names()) {
            file = file.resolve(name);
        }
        try {
            if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(root)) {
                return Optional.empty();
            }
            Path found = file;
            return Optional.of(new ServedFile(ContentTypes.of(path.key()), Files.size(found),
                    () -> Files.newInputStream(found)));
        } catch (NoSuchFileException removedMeanwhile) {
            return Optional.empty(); // a rerun replacing the file as it was asked for
        }
    }
}
