package org.iiifgenerator.metadata;

/** The metadata CSV cannot be used at all; the message names the file and tells the user what to fix. */
public class MetadataException extends RuntimeException {

    public MetadataException(String message) {
        super(message);
    }

    public MetadataException(String message, Throwable cause) {
        super(message, cause);
    }
}
