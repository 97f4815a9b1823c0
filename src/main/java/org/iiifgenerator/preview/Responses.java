package org.iiifgenerator.preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The responses the server sends. A response to HEAD has the headers a GET would have, and no body. */
final class Responses {

    private Responses() {
    }

    static void file(HttpExchange exchange, ServedFile file) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", file.contentType());
        // A rerun publishes into the same folder: the browser asks again rather than show what it kept.
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        if (isHead(exchange)) {
            exchange.getResponseHeaders().set("Content-Length", Long.toString(file.length()));
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, file.length() == 0 ? -1 : file.length());
        try (InputStream in = file.content().open(); OutputStream out = exchange.getResponseBody()) {
            in.transferTo(out);
        }
    }

    /** A status with a one-line text saying why (4xx). */
    static void error(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        if (isHead(exchange)) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        empty(exchange, 302);
    }

    /** A status without a body (204, 302, 405). */
    static void empty(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private static boolean isHead(HttpExchange exchange) {
        return "HEAD".equals(exchange.getRequestMethod());
    }
}
