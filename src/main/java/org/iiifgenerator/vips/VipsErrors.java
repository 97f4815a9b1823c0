package org.iiifgenerator.vips;

import java.lang.foreign.MemorySegment;
import java.nio.file.Path;

/**
 * Turns libvips' error buffer into exceptions. libvips 8.14 keeps ONE process-wide error buffer,
 * so reading and clearing it happen under one lock; when two threads fail at the same moment,
 * one of them may receive both texts and the other none.
 */
final class VipsErrors {

    /** What a failure says when another thread's failure took its text along with its own. */
    static final String NO_TEXT = "libvips gave no reason here (an image that failed at the same moment may "
            + "have taken it: see that image's error)";

    private static final Object BUFFER_LOCK = new Object();

    private VipsErrors() {
    }

    /** Collects the pending libvips error text into an exception about {@code file} and {@code operation}. */
    static VipsException failure(Path file, String operation) {
        String text = takeBuffer();
        return new VipsException(file, operation, text.isEmpty() ? NO_TEXT : text);
    }

    /** Removes and returns the pending libvips error text ("" if none). */
    static String takeBuffer() {
        synchronized (BUFFER_LOCK) {
            MemorySegment copy = LibVips.errorBufferCopy();
            try {
                String text = NativeCall.readString(copy);
                return text == null ? "" : text.trim();
            } finally {
                LibVips.gFree(copy);
            }
        }
    }
}
