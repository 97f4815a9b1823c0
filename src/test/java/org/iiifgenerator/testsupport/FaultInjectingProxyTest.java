package org.iiifgenerator.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.iiifgenerator.storage.S3Clients;
import org.iiifgenerator.testsupport.FaultInjectingProxy.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.core.sync.RequestBody;

/** The proxy passes S3 traffic on unchanged, and its faults are what a client of S3 would see. */
class FaultInjectingProxyTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.s3proxy();

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void passesTheSdkClientsRequestsAndAnswersOnUnchanged() throws Exception {
        String bucket = S3.server().newBucket();
        byte[] small = randomBytes(1, 10_000);
        byte[] large = randomBytes(2, 3 * 1024 * 1024);
        Path file = Files.write(dir.resolve("file.bin"), randomBytes(3, 200_000));
        try (FaultInjectingProxy proxy = FaultInjectingProxy.start(S3.server().endpoint(), 1);
             S3Clients clients = new S3Clients(S3.server().settingsAt(proxy.endpoint()))) {
            // Apache (sync, 100-continue) and Netty (async) uploads, and one through the transfer manager.
            clients.sync().putObject(r -> r.bucket(bucket).key("sync.bin"), RequestBody.fromBytes(large));
            clients.async().putObject(r -> r.bucket(bucket).key("async.bin"), AsyncRequestBody.fromBytes(small)).join();
            clients.transferManager().uploadFile(u -> u.source(file).putObjectRequest(r -> r.bucket(bucket)
                    .key("file.bin"))).completionFuture().join();

            assertThat(clients.sync().getObjectAsBytes(r -> r.bucket(bucket).key("sync.bin")).asByteArray())
                    .isEqualTo(large);
            assertThat(clients.async().getObject(r -> r.bucket(bucket).key("async.bin"),
                    AsyncResponseTransformer.toBytes()).join().asByteArray())
                    .isEqualTo(small);
            assertThat(clients.sync().headObject(r -> r.bucket(bucket).key("file.bin")).contentLength())
                    .isEqualTo(Files.size(file));
            assertThat(clients.sync().listObjectsV2(r -> r.bucket(bucket)).keyCount()).isEqualTo(3);
            assertThat(proxy.requests()).isEqualTo(7);
            assertThat(proxy.faultCount()).isZero();
        }
    }

    @Test
    void chunkedBodiesPassInBothDirections() throws Exception {
        byte[] content = randomBytes(4, 100_000);
        HttpServer echo = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        echo.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            // Length 0: the answer is chunked too.
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        echo.start();
        try (FaultInjectingProxy proxy = FaultInjectingProxy.start(
                URI.create("http://127.0.0.1:" + echo.getAddress().getPort()), 1)) {
            // A body of unknown length is sent chunked.
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(proxy.endpoint().resolve("/echo"))
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(content)))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
            assertThat(answer.body()).isEqualTo(content);
        } finally {
            echo.stop(0);
        }
    }

    @Test
    void faultsAreS3ErrorDocumentsOrConnectionsClosedWithoutAnAnswer() throws Exception {
        Map<Fault, Integer> seen = new EnumMap<>(Fault.class);
        try (FaultInjectingProxy proxy = FaultInjectingProxy.start(S3.server().endpoint(), 7).faultShare(1)) {
            for (int i = 0; i < 30; i++) {
                seen.merge(send(proxy, "GET"), 1, Integer::sum);
            }
            assertThat(seen).containsOnlyKeys(Fault.INTERNAL_ERROR, Fault.SLOW_DOWN, Fault.DROPPED_CONNECTION);
            assertThat(proxy.faults()).containsAllEntriesOf(seen).containsEntry(Fault.TRUNCATED_BODY, 0);
            assertThat(proxy.requests()).isEqualTo(30);
        }
    }

    @Test
    void aTruncatedBodyIsTheServersHeadAndHalfItsBodyAndOnlyAGetsAnswerIsCut() throws Exception {
        try (FaultInjectingProxy proxy = FaultInjectingProxy.start(S3.server().endpoint(), 9)
                .drawingFrom(Fault.TRUNCATED_BODY).faultShare(1)) {
            assertThat(send(proxy, "HEAD")).as("a HEAD answer has no body to cut").isNull();
            assertThat(send(proxy, "PUT")).as("the server's refusal, whole").isNull();
            assertThat(send(proxy, "GET")).isEqualTo(Fault.TRUNCATED_BODY);
            assertThat(proxy.faults()).containsEntry(Fault.TRUNCATED_BODY, 1);
        }
    }

    @Test
    void anOutageFailsEveryRequestAfterTheGivenNumber() throws Exception {
        try (FaultInjectingProxy proxy = FaultInjectingProxy.start(S3.server().endpoint(), 3)
                .failEveryRequestAfter(2)) {
            assertThat(send(proxy, "HEAD")).isNull();
            assertThat(send(proxy, "GET")).isNull();
            for (int i = 0; i < 10; i++) {
                assertThat(send(proxy, "HEAD")).isNotNull();
            }
            assertThat(proxy.faultCount()).isEqualTo(10);
        }
    }

    @Test
    void aCutDropsEveryConnectionForItsDurationAndRecoveryEndsAnOutage() throws Exception {
        try (FaultInjectingProxy proxy = FaultInjectingProxy.start(S3.server().endpoint(), 4)
                .cutConnectionsAfter(1, Duration.ofSeconds(2))) {
            assertThat(send(proxy, "HEAD")).isNull();
            long cut = System.nanoTime();
            assertThat(send(proxy, "PUT")).isEqualTo(Fault.DROPPED_CONNECTION);
            assertThat(send(proxy, "PUT")).isEqualTo(Fault.DROPPED_CONNECTION);
            Thread.sleep(Math.max(0, 2200 - Duration.ofNanos(System.nanoTime() - cut).toMillis()));
            assertThat(send(proxy, "PUT")).as("after the cut").isNull();

            assertThat(proxy.metTheCut()).containsExactly(Map.entry("PUT /bucket/key HTTP/1.1", 2));
            assertThat(proxy.attempts()).containsEntry("PUT /bucket/key HTTP/1.1", 3)
                    .containsEntry("HEAD /bucket/key HTTP/1.1", 1);
        }
        try (FaultInjectingProxy proxy = FaultInjectingProxy.start(S3.server().endpoint(), 5).failEveryRequestAfter(0)) {
            assertThat(send(proxy, "HEAD")).isNotNull();
            proxy.recover();
            assertThat(send(proxy, "HEAD")).as("recovered").isNull();
        }
    }

    /**
     * What an unsigned request to the proxy met: a fault, or null for s3proxy's own refusal, whole. Sent on a socket of
     * its own, as an HTTP client library would try a GET again by itself when its connection is closed.
     */
    private static Fault send(FaultInjectingProxy proxy, String method) throws IOException {
        try (Socket socket = new Socket(proxy.endpoint().getHost(), proxy.endpoint().getPort())) {
            socket.getOutputStream().write((method + " /bucket/key HTTP/1.1\r\nHost: " + proxy.endpoint().getAuthority()
                    + "\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            HttpMessage answer = HttpMessage.read(in);
            if (answer == null) {
                return Fault.DROPPED_CONNECTION;
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            try {
                answer.copyBody(method.equals("HEAD"), in, body);
            } catch (EOFException cut) {
                assertThat(answer.status()).as("the server's own answer").isBetween(400, 499);
                assertThat(body.toString(StandardCharsets.UTF_8)).as("the start of its error document")
                        .contains("<Error>").doesNotContain("</Error>");
                return Fault.TRUNCATED_BODY;
            }
            String text = body.toString(StandardCharsets.UTF_8);
            return switch (answer.status()) {
                case 500 -> expect(answer, method, text, "InternalError", Fault.INTERNAL_ERROR);
                case 503 -> expect(answer, method, text, "SlowDown", Fault.SLOW_DOWN);
                default -> {
                    assertThat(answer.status()).as("s3proxy refuses an unsigned request").isBetween(400, 499);
                    yield null;
                }
            };
        }
    }

    private static Fault expect(HttpMessage answer, String method, String body, String code, Fault fault) {
        if (method.equals("HEAD")) {
            assertThat(body).isEmpty();
        } else {
            assertThat(body).contains("<Code>" + code + "</Code>");
            assertThat(answer.header("Content-Type")).isEqualTo("application/xml");
        }
        return fault;
    }

    private static byte[] randomBytes(long seed, int size) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
