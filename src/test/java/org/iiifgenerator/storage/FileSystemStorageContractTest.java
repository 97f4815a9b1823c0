package org.iiifgenerator.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class FileSystemStorageContractTest extends StorageContract {

    @TempDir
    Path output;

    @Override
    Storage emptyStorage() {
        return new FileSystemStorage(output.resolve("out"));
    }
}
