package org.iiifgenerator.task;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder or file path inside an S3 bucket, as task files give them ({@code Women_of_Design/Box2/Access/}).
 * S3 does not resolve paths: {@code /a}, {@code a//b} and {@code a/../b} are other keys than the ones meant, so
 * they are refused rather than quietly rewritten. One trailing '/' is allowed: folders are written either way.
 */
record KeyPath(List<String> segments) {

    static final KeyPath ROOT = new KeyPath(List.of());

    /** S3's limit on a key's length, in UTF-8 bytes. */
    private static final int MAX_KEY_BYTES = 1024;

    KeyPath {
        segments = List.copyOf(segments);
    }

    /** Throws an IllegalArgumentException saying what is wrong with the path. */
    static KeyPath parse(String path) {
        if (path.startsWith("/")) {
            throw new IllegalArgumentException("it starts with '/': give the path inside the bucket without it");
        }
        if (path.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            throw new IllegalArgumentException("it is longer than an S3 key can be (" + MAX_KEY_BYTES + " bytes)");
        }
        if (path.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("it contains a control character");
        }
        String withoutTrailingSlash = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        List<String> segments = List.of(withoutTrailingSlash.split("/", -1));
        for (String segment : segments) {
            if (segment.isEmpty()) {
                throw new IllegalArgumentException("it has an empty folder name ('//')");
            }
            if (segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("it has a '" + segment + "' folder, which S3 does not resolve");
            }
        }
        return new KeyPath(segments);
    }

    KeyPath then(KeyPath more) {
        List<String> joined = new ArrayList<>(segments);
        joined.addAll(more.segments);
        return new KeyPath(joined);
    }

    KeyPath subpath(int from, int to) {
        return new KeyPath(segments.subList(from, to));
    }

    int size() {
        return segments.size();
    }

    boolean isEmpty() {
        return segments.isEmpty();
    }

    /** The path as a key prefix that lists the folder's content: "a/b/", or "" for the bucket's root. */
    String asFolder() {
        return isEmpty() ? "" : this + "/";
    }

    /** The path without a trailing '/': "a/b", or "" for the bucket's root. */
    @Override
    public String toString() {
        return String.join("/", segments);
    }
}
