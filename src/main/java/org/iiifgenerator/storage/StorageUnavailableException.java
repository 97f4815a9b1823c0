package org.iiifgenerator.storage;

import java.io.IOException;
import java.util.Optional;

/**
 * The storage did not do what was asked although nothing was wrong with the request: S3 answered with a server
 * error or asked to slow down, or could not be reached, after the SDK's retries. Unlike a refusal (no such bucket,
 * access denied), it says nothing about the job: the same run may well succeed later.
 */
public final class StorageUnavailableException extends IOException {

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The unavailable storage behind a failure (itself or one of its causes), if that is what it was. */
    public static Optional<StorageUnavailableException> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StorageUnavailableException unavailable) {
                return Optional.of(unavailable);
            }
        }
        return Optional.empty();
    }
}
