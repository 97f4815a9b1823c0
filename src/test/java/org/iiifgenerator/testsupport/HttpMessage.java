package org.iiifgenerator.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The start line and header lines of an HTTP/1.1 request or response, as read from the wire, and the copying of
 * the body that follows them byte for byte, framed as the head says (Content-Length, chunked, or up to the end
 * of the connection). Nothing is decoded: an aws-chunked upload is a body of known length like any other.
 */
record HttpMessage(String startLine, List<String> headerLines) {

    private static final int MAX_LINE = 64 * 1024;
    private static final byte[] CRLF = {'\r', '\n'};

    HttpMessage {
        headerLines = List.copyOf(headerLines);
    }

    /** The next head on the connection; null when the peer closed it between messages. */
    static HttpMessage read(InputStream in) throws IOException {
        String startLine = line(in);
        if (startLine == null) {
            return null;
        }
        List<String> headers = new ArrayList<>();
        for (String header = line(in); ; header = line(in)) {
            if (header == null) {
                throw new EOFException("The connection closed inside the head of " + startLine);
            }
            if (header.isEmpty()) {
                return new HttpMessage(startLine, headers);
            }
            headers.add(header);
        }
    }

    String method() {
        return startLine.substring(0, startLine.indexOf(' '));
    }

    int status() {
        return Integer.parseInt(startLine.split(" ", 3)[1]);
    }

    /** The first value of a header (names are case-insensitive), or null. */
    String header(String name) {
        for (String line : headerLines) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }

    boolean hasHeaderValue(String name, String value) {
        String found = header(name);
        return found != null && found.toLowerCase(Locale.ROOT).contains(value);
    }

    HttpMessage without(String name) {
        return new HttpMessage(startLine, headerLines.stream()
                .filter(line -> !line.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
                .toList());
    }

    void write(OutputStream out) throws IOException {
        StringBuilder head = new StringBuilder(startLine).append("\r\n");
        headerLines.forEach(line -> head.append(line).append("\r\n"));
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * Copies the body that follows this head from {@code in} to {@code out}.
     *
     * @param bodyless true for a response that has no body whatever its headers say (to HEAD, 204, 304)
     * @return false when the body ends with the connection (a response with neither length nor chunks), which
     *         then cannot carry another message
     */
    boolean copyBody(boolean bodyless, InputStream in, OutputStream out) throws IOException {
        if (bodyless) {
            return true;
        }
        if (hasHeaderValue("Transfer-Encoding", "chunked")) {
            copyChunks(in, out);
            return true;
        }
        String length = header("Content-Length");
        if (length != null) {
            copy(in, out, Long.parseLong(length));
            return true;
        }
        if (startLine.startsWith("HTTP/")) {
            in.transferTo(out);
            return false;
        }
        return true;
    }

    private static void copyChunks(InputStream in, OutputStream out) throws IOException {
        while (true) {
            String sizeLine = requiredLine(in);
            writeLine(out, sizeLine);
            int extension = sizeLine.indexOf(';');
            long size = Long.parseLong((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).strip(), 16);
            if (size == 0) {
                // Trailer fields, then the empty line that ends the message.
                for (String trailer = requiredLine(in); ; trailer = requiredLine(in)) {
                    writeLine(out, trailer);
                    if (trailer.isEmpty()) {
                        return;
                    }
                }
            }
            copy(in, out, size);
            if (!requiredLine(in).isEmpty()) {
                throw new IOException("A chunk is longer than its size line says");
            }
            out.write(CRLF);
        }
    }

    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        for (long left = length; left > 0; ) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new EOFException((length - left) + " of " + length + " body bytes arrived");
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }

    private static void writeLine(OutputStream out, String line) throws IOException {
        out.write(line.getBytes(StandardCharsets.ISO_8859_1));
        out.write(CRLF);
    }

    private static String requiredLine(InputStream in) throws IOException {
        String line = line(in);
        if (line == null) {
            throw new EOFException("The connection closed inside a chunked body");
        }
        return line;
    }

    /** A line without its CRLF; null at the end of the stream before any byte of it. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                if (line.size() == 0) {
                    return null;
                }
                throw new EOFException("The connection closed inside a line");
            }
            if (line.size() >= MAX_LINE) {
                throw new IOException("A line longer than " + MAX_LINE + " bytes");
            }
            line.write(b);
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }
}
