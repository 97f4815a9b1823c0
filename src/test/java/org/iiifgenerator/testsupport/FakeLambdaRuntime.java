package org.iiifgenerator.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Lambda Runtime API as a container-image function's runtime interface client sees it: hands out events
 * ({@code GET /2018-06-01/runtime/invocation/next}) and takes the handler's answers or errors.
 */
public final class FakeLambdaRuntime implements AutoCloseable {

    private static final String PREFIX = "/2018-06-01/runtime/invocation/";

    /** What the function answered to one event: its response body, or the error document it reported. */
    public record Answer(boolean error, String body) {
    }

    private final HttpServer server;
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final Map<String, BlockingQueue<Answer>> answers = new ConcurrentHashMap<>();
    private final AtomicInteger requestIds = new AtomicInteger();

    public FakeLambdaRuntime() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext(PREFIX, this::handle);
        server.start();
    }

    /** host:port, as AWS_LAMBDA_RUNTIME_API gives it. */
    public String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Invokes the function with {@code event} and waits (at most a minute) for what it answers. */
    public Answer invoke(String event) throws InterruptedException {
        String id = "request-" + requestIds.incrementAndGet();
        answers.put(id, new LinkedBlockingQueue<>());
        events.add(id + "\n" + event);
        Answer answer = answers.get(id).poll(60, TimeUnit.SECONDS);
        if (answer == null) {
            throw new AssertionError("The function did not answer " + id + " within a minute");
        }
        return answer;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
        if (exchange.getRequestMethod().equals("GET") && path.equals("next")) {
            String next;
            try {
                next = events.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            String id = next.substring(0, next.indexOf('\n'));
            byte[] event = next.substring(id.length() + 1).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", id);
            exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms",
                    Long.toString(System.currentTimeMillis() + 300_000));
            exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn",
                    "arn:aws:lambda:us-east-1:123456789012:function:iiif-generator");
            exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id", "Root=1-5759e988-bd862e3fe1be46a994272793");
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, event.length);
            exchange.getResponseBody().write(event);
        } else {
            String id = path.substring(0, path.indexOf('/'));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            answers.get(id).add(new Answer(path.endsWith("/error"), body));
            exchange.sendResponseHeaders(202, -1);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
