package org.iiifgenerator.preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The responses the server sends. A response to HEAD has the headers a GET would have, and no body. */
final class Responses {

    private Responses() {
    }

    static void file(HttpExchange exchange, ServedFile file) throws IOException {
        // A rerun publishes into the same folder: the browser asks again rather than show what it kept.
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        send(exchange, 200, file);
    }

    /** A status with a one-line text saying why (4xx). */
    static void error(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
        send(exchange, status, new ServedFile("text/plain; charset=utf-8", body.length,
                () -> new ByteArrayInputStream(body)));
    }

    static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        empty(exchange, 302);
    }

    /** A status without a body (204, 302). */
    static void empty(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private static void send(HttpExchange exchange, int status, ServedFile content) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", content.contentType());
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Content-Length", Long.toString(content.length()));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        // -1: no body; 0 would mean a body of unknown length (chunked).
        exchange.sendResponseHeaders(status, content.length() == 0 ? -1 : content.length());
        try (InputStream in = content.content().open(); OutputStream out = exchange.getResponseBody()) {
            in.transferTo(out);
        }
    }
}
