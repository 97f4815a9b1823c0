package org.iiifgenerator.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.util.function.Supplier;
import org.iiifgenerator.aws.AwsClients;

/**
 * Opens the storage behind a location: a local folder, or a prefix of an S3 bucket. The S3 clients are made
 * on first use (a local run never pays for them) and closed with this object.
 */
public class Storages implements AutoCloseable {

    private final Supplier<AwsClients.Settings> clientSettings;
    private final S3Storage.Options options;
    private S3Clients clients;
    /** The region of a one-shot run's task, over the configured one; null: the configured one. */
    private String region;

    public Storages(Supplier<AwsClients.Settings> clientSettings, S3Storage.Options options) {
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
            AwsClients.Settings settings = clientSettings.get();
            clients = new S3Clients(region == null ? settings : settings.withRegion(region));
        }
        return clients;
    }

    /**
     * Has the S3 clients work in {@code region} (the AWS_REGION of a one-shot run's task, which names where its
     * buckets are), made again if they were made for another (to read the task file). Only for a process that runs
     * this one task: nothing else may be using the clients. Null keeps the configured region.
     */
    public synchronized void useRegion(String region) {
        if (region == null || region.equals(this.region)) {
            return;
        }
        this.region = region;
        if (clients != null) {
            clients.close();
            clients = null;
        }
    }

    @Override
    public synchronized void close() {
        if (clients != null) {
            clients.close();
            clients = null;
        }
    }
}
