package org.iiifgenerator.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * The server's side of uploads, for {@link S3ProxyServer.Builder#blobStore}: every key stored with a PUT, in the
 * order the objects arrived, per bucket. A key stored twice is listed twice, so a test can tell an object written
 * once from one written again.
 */
public final class StoredObjects extends ForwardingBlobStore {

    private final List<String> stored = Collections.synchronizedList(new ArrayList<>());
    private final Path folder;

    private StoredObjects(BlobStore store, Path folder) {
        super(store);
        this.folder = folder;
    }

    public static StoredObjects inMemory() {
        return new StoredObjects(new TransientNio2BlobStore(), null);
    }

    /**
     * Objects in a temporary folder, removed on close: the objects a test stores stay out of the test JVM's heap,
     * for tests that measure it.
     */
    public static StoredObjects onDisk() {
        try {
            Path folder = Files.createTempDirectory("s3proxy-");
            return new StoredObjects(new FilesystemNio2BlobStore(folder.toString()), folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public PutObjectResponse putBlob(PutObjectRequest request, InputStream content) {
        PutObjectResponse response = super.putBlob(request, content);
        stored.add(request.bucket() + "/" + request.key());
        return response;
    }

    /** The keys stored in {@code bucket}, in arrival order, each as often as it was stored. */
    public List<String> keysOf(String bucket) {
        synchronized (stored) {
            return stored.stream().filter(key -> key.startsWith(bucket + "/"))
                    .map(key -> key.substring(bucket.length() + 1)).toList();
        }
    }

    @Override
    public void close() {
        super.close();
        if (folder != null) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
