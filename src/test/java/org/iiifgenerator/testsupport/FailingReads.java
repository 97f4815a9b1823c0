package org.iiifgenerator.testsupport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.blobstore.S3Exceptions;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * An in-memory s3proxy blob store whose GETs of chosen keys fail with 500 InternalError a given number of times,
 * as S3 sometimes answers: for what a client does when a read fails and a later one would succeed. It counts the
 * GETs of those keys.
 */
public final class FailingReads extends ForwardingBlobStore {

    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> gets = new ConcurrentHashMap<>();
    private final Map<String, Map<Integer, Runnable>> beforeGets = new ConcurrentHashMap<>();

    public FailingReads() {
        super(new TransientNio2BlobStore());
    }

    /** The next {@code times} GETs of this key fail (every try of the SDK's retries counts). */
    public void failGets(String bucket, String key, int times) {
        failuresLeft.put(bucket + "/" + key, new AtomicInteger(times));
        gets.put(bucket + "/" + key, new AtomicInteger());
    }

    /**
     * Runs {@code look} when the {@code nth} GET of a key given to {@link #failGets} arrives, before it is answered:
     * to see what the client has done up to that GET (the first of its next try, say).
     */
    public void beforeGet(String bucket, String key, int nth, Runnable look) {
        beforeGets.computeIfAbsent(bucket + "/" + key, k -> new ConcurrentHashMap<>()).put(nth, look);
    }

    /** The GETs of a key given to {@link #failGets} since then, failed or not. */
    public int gets(String bucket, String key) {
        return gets.get(bucket + "/" + key).get();
    }

    @Override
    public ResponseInputStream<GetObjectResponse> getBlob(GetObjectRequest request) {
        String key = request.bucket() + "/" + request.key();
        AtomicInteger counted = gets.get(key);
        if (counted != null) {
            Runnable look = beforeGets.getOrDefault(key, Map.of()).get(counted.incrementAndGet());
            if (look != null) {
                look.run();
            }
        }
        AtomicInteger left = failuresLeft.get(key);
        if (left != null && left.getAndDecrement() > 0) {
            throw S3Exceptions.fromStatusCode(500);
        }
        return super.getBlob(request);
    }
}
