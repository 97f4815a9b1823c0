package org.iiifgenerator.storage;

import java.io.IOException;
import java.nio.file.Files;

/** Opens the storage behind a location: a local folder, or a prefix of an S3 bucket. */
public class Storages {

    public Storage open(Location location) throws IOException {
        if (location.isLocal()) {
            return new FileSystemStorage(Files.createDirectories(location.localPath()));
        }
        throw new IOException("S3 locations are not available in this build: " + location);
    }

    /** The whole content of one file or object. */
    public byte[] read(Location file) throws IOException {
        if (file.isLocal()) {
            return Files.readAllBytes(file.localPath());
        }
        return open(file.parent()).read(file.name());
    }
}
