package org.iiifgenerator.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Names what a path that is neither a file nor a folder is, for the warning that skips it. */
final class SpecialFiles {

    private static final int TYPE_BITS = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private SpecialFiles() {
    }

    static String kind(Path path) {
        try {
            return switch ((Integer) Files.getAttribute(path, "unix:mode") & TYPE_BITS) {
                case FIFO -> "a FIFO (named pipe)";
                case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device";
                case SOCKET -> "a socket";
                default -> "something other than a file or folder";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException noUnixView) {
            return "something other than a file or folder";
        }
    }
}
