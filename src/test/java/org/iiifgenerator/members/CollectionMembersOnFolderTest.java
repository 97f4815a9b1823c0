package org.iiifgenerator.members;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iiifgenerator.storage.FileSystemStorage;
import org.iiifgenerator.storage.Storage;
import org.junit.jupiter.api.io.TempDir;

/** The collection's members in a local output folder. */
class CollectionMembersOnFolderTest extends CollectionMembersContract {

    @TempDir
    Path dir;
    private int roots;

    @Override
    Storage emptyRoot() throws IOException {
        return new FileSystemStorage(Files.createDirectories(dir.resolve("out-" + roots++)));
    }
}
