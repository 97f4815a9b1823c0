package org.iiifgenerator.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.iiifgenerator.aws.AwsClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * What a resumed download does with answers s3proxy does not give: an object replaced between attempts, a Range
 * ignored, a body that ends early without an error. (Bodies broken off on the wire: S3StorageTest.Downloads.)
 */
class ResumingDownloadTest {

    private static final byte[] OBJECT = "0123456789".getBytes(UTF_8);
    private static final AwsClients.Retries THREE_ATTEMPTS = new AwsClients.Retries(3, Duration.ofSeconds(10),
            Duration.ofSeconds(30));

    @TempDir
    Path dir;

    private final ScriptedS3 s3 = new ScriptedS3();

    @Test
    void aBodyThatEndsEarlyIsFetchedOnWithARangeOfTheSameObject() throws IOException {
        s3.answers.add(() -> answer("\"v1\"", OBJECT.length, null, stream(part(0, 4))));
        s3.answers.add(() -> answer("\"v1\"", 6, "bytes 4-9/10", stream(part(4, 10))));

        Path file = download();

        assertThat(file).hasBinaryContent(OBJECT);
        assertThat(s3.requests).extracting(GetObjectRequest::range).containsExactly(null, "bytes=4-");
        assertThat(s3.requests).extracting(GetObjectRequest::ifMatch).containsExactly(null, "\"v1\"");
    }

    @Test
    void anObjectReplacedBetweenAttemptsIsFetchedWholeAgain() throws IOException {
        byte[] replacement = "abcdefgh".getBytes(UTF_8);
        s3.answers.add(() -> answer("\"v1\"", OBJECT.length, null, breakingOffAfter(part(0, 5))));
        s3.answers.add(() -> {
            throw S3Exception.builder().statusCode(412).message("At least one of the preconditions you specified "
                    + "did not hold").build();
        });
        s3.answers.add(() -> answer("\"v2\"", replacement.length, null, stream(replacement)));

        Path file = download();

        assertThat(file).hasBinaryContent(replacement);
        assertThat(s3.requests).extracting(GetObjectRequest::range).containsExactly(null, "bytes=5-", null);
    }

    @Test
    void aServerThatIgnoresTheRangeSendsTheWholeObjectWhichReplacesThePart() throws IOException {
        s3.answers.add(() -> answer("\"v1\"", OBJECT.length, null, breakingOffAfter(part(0, 5))));
        s3.answers.add(() -> answer("\"v1\"", OBJECT.length, null, stream(OBJECT)));

        assertThat(download()).hasBinaryContent(OBJECT);
    }

    private Path download() throws IOException {
        Path file = dir.resolve("page.tif");
        Files.writeString(file, "what was there before, longer than the object");
        new ResumingDownload(s3, THREE_ATTEMPTS, "bucket", "scans/page.tif").to(file);
        return file;
    }

    private static ResponseInputStream<GetObjectResponse> answer(String eTag, long length, String contentRange,
                                                                 InputStream body) {
        GetObjectResponse response = GetObjectResponse.builder().eTag(eTag).contentLength(length)
                .contentRange(contentRange).build();
        return new ResponseInputStream<>(response, AbortableInputStream.create(body));
    }

    private static byte[] part(int from, int to) {
        return Arrays.copyOfRange(OBJECT, from, to);
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /** The bytes, then the connection drops. */
    private static InputStream breakingOffAfter(byte[] bytes) {
        return new SequenceInputStream(stream(bytes), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Connection reset");
            }
        });
    }

    /** Answers GETs in turn as scripted, recording what was asked. */
    private static final class ScriptedS3 implements S3Client {

        final Deque<Supplier<ResponseInputStream<GetObjectResponse>>> answers = new ArrayDeque<>();
        final List<GetObjectRequest> requests = new ArrayList<>();

        @Override
        public ResponseInputStream<GetObjectResponse> getObject(GetObjectRequest request) {
            requests.add(request);
            return answers.removeFirst().get();
        }

        @Override
        public String serviceName() {
            return SERVICE_NAME;
        }

        @Override
        public void close() {
        }
    }
}
