package org.iiifgenerator.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.iiifgenerator.aws.AwsClients;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Streams one S3 object to a file, going on where it stopped when the connection drops partway through the body.
 * The SDK's retries end once it hands the body over as a stream, so without these a source image (often hundreds
 * of megabytes) would be lost to one dropped connection.
 *
 * <p>A later attempt asks for the missing bytes only (a Range request) instead of the whole object again: what
 * arrived is kept, so every attempt gets further even where the network drops every long body, and nothing is
 * fetched twice. The parts must be of one and the same object: each asks with If-Match for the ETag of the first
 * answer, which S3 refuses (412) when the object was replaced meanwhile, and the download then starts over. The
 * SDK checks a whole object against its stored checksum, a range it cannot; TLS still guards the bytes on their
 * way.
 */
final class ResumingDownload {

    private static final int BUFFER_SIZE = 64 * 1024;
    private static final int PRECONDITION_FAILED = 412;

    private final S3Client s3;
    private final AwsClients.Retries retries;
    private final String bucket;
    private final String key;
    /** Bytes of the object in the file so far, and the whole object's length and ETag once an answer told them. */
    private long received;
    private long length = -1;
    private String eTag;

    ResumingDownload(S3Client s3, AwsClients.Retries retries, String bucket, String key) {
        this.s3 = s3;
        this.retries = retries;
        this.bucket = bucket;
        this.key = key;
    }

    /**
     * Writes the object to {@code target}, replacing what is there.
     *
     * @throws BodyNotReceived when the body broke off on every one of the attempts
     * @throws IOException     when the file cannot be written
     * @throws software.amazon.awssdk.core.exception.SdkException when a request fails after the SDK's own retries
     */
    void to(Path target) throws IOException {
        try (FileChannel file = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (int attempt = 1; ; attempt++) {
                try {
                    fetchTheRest(file);
                    return;
                } catch (BodyBrokeOff brokeOff) {
                    if (attempt >= retries.maxAttempts()) {
                        throw new BodyNotReceived(attempt, received, length, brokeOff.getCause());
                    }
                }
                pause(attempt);
            }
        }
    }

    /** One GET: the whole object the first time, then what is missing. */
    private void fetchTheRest(FileChannel file) throws IOException, BodyBrokeOff {
        boolean resuming = received > 0;
        GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(bucket).key(key);
        if (resuming) {
            request.range("bytes=" + received + "-").ifMatch(eTag);
        }
        try (ResponseInputStream<GetObjectResponse> body = s3.getObject(request.build())) {
            GetObjectResponse response = body.response();
            if (resuming && response.contentRange() == null) {
                // A server that ignores Range sends the whole object: it replaces what arrived before.
                startOver(file);
            }
            if (received == 0) {
                eTag = response.eTag();
                length = response.contentLength();
            }
            copy(body, response.contentLength(), file);
        } catch (S3Exception e) {
            if (e.statusCode() != PRECONDITION_FAILED) {
                throw e;
            }
            startOver(file);
            throw new BodyBrokeOff(e);
        }
    }

    /**
     * Appends the body to the file. A failed read is the connection's, and worth another attempt; a failed write
     * is the local disk's, and is not.
     */
    private void copy(InputStream body, long bodyLength, FileChannel file) throws IOException, BodyBrokeOff {
        byte[] buffer = new byte[BUFFER_SIZE];
        long copied = 0;
        while (true) {
            int read;
            try {
                read = body.read(buffer);
            } catch (IOException dropped) {
                throw new BodyBrokeOff(dropped);
            }
            if (read < 0) {
                break;
            }
            ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, read);
            while (bytes.hasRemaining()) {
                received += file.write(bytes, received);
            }
            copied += read;
        }
        if (copied < bodyLength) {
            throw new BodyBrokeOff(new IOException("The body ended after " + copied + " of " + bodyLength
                    + " bytes"));
        }
    }

    private void startOver(FileChannel file) throws IOException {
        file.truncate(0);
        received = 0;
        length = -1;
        eTag = null;
    }

    /** The SDK's own wait between attempts, so a download waits as any other request would. */
    private void pause(int failedAttempts) throws InterruptedIOException {
        try {
            Thread.sleep(retries.backoff().computeDelay(failedAttempts));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting to download s3://" + bucket + "/" + key
                    + " again");
        }
    }

    /** One attempt's body broke off; the cause is why. */
    private static final class BodyBrokeOff extends Exception {

        BodyBrokeOff(Throwable cause) {
            super(cause);
        }
    }

    /** Every attempt's body broke off: the network or S3 is failing, not the request. */
    static final class BodyNotReceived extends IOException {

        BodyNotReceived(int attempts, long received, long length, Throwable lastCause) {
            super("the body broke off in each of " + attempts + " attempts, " + received + " of "
                    + (length < 0 ? "?" : length) + " bytes arrived; last: " + lastCause.getMessage(), lastCause);
        }
    }
}
