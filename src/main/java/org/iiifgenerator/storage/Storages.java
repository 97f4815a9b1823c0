package org.iiifgenerator.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.util.function.Supplier;

/**
 * Opens the storage behind a location: a local folder, or a prefix of an S3 bucket. The S3 clients are made
 * on first use (a local run never pays for them) and closed with this object.
 */
public class Storages implements AutoCloseable {

    private final Supplier<S3Clients.Settings> clientSettings;
    private final S3Storage.Options options;
    private S3Clients clients;

    public Storages(Supplier<S3Clients.Settings> clientSettings, S3Storage.Options options) {
        this.clientSettings = clientSettings;
        this.options = options;
    }

    public Storage open(Location location) throws IOException {
        if (location.isLocal()) {
            return new FileSystemStorage(Files.createDirectories(location.localPath()));
        }
        return new S3Storage(s3Clients(), location.bucket(), location.path(), options);
    }

    /** The whole content of one file or object. */
    public byte[] read(Location file) throws IOException {
        if (file.isLocal()) {
            return Files.readAllBytes(file.localPath());
        }
        return open(file.parent()).read(file.name());
    }

    public boolean exists(Location file) throws IOException {
        return file.isLocal() ? Files.isRegularFile(file.localPath()) : open(file.parent()).exists(file.name());
    }

    public synchronized S3Clients s3Clients() {
        if (clients == null) {
            clients = new S3Clients(clientSettings.get());
        }
        return clients;
    }

    @Override
    public synchronized void close() {
        if (clients != null) {
            clients.close();
            clients = null;
        }
    }
}
