package org.iiifgenerator.vips;

import java.nio.file.Path;

/** A libvips failure, tied to the file whose pixels were involved and to the operation that failed. */
public class VipsException extends RuntimeException {

    private final transient Path file;
    private final String operation;
    private final String vipsMessage;

    /**
     * @param file        the image file concerned, or null for an image built from pixels in memory
     * @param operation   what was being done, e.g. {@code open} or {@code dzsave to /out/dir}
     * @param vipsMessage libvips' own error text
     */
    public VipsException(Path file, String operation, String vipsMessage) {
        super((file == null ? "(in-memory image)" : file.toString()) + ": " + operation + ": " + vipsMessage);
        this.file = file;
        this.operation = operation;
        this.vipsMessage = vipsMessage;
    }

    /** The image file concerned; null when the image was built from pixels in memory. */
    public Path file() {
        return file;
    }

    public String operation() {
        return operation;
    }

    public String vipsMessage() {
        return vipsMessage;
    }
}
