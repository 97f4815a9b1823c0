package org.iiifgenerator.intake;

import org.iiifgenerator.storage.Location;

/**
 * A task file found in the task bucket (by polling or by an S3 event notification).
 *
 * @param etag the version of the file that was found (its S3 ETag, as the listing or the notification gave it);
 *             null when it is not known
 */
public record TaskFileRef(String bucket, String key, String etag) {

    /** A task file whose version is not known. */
    public TaskFileRef(String bucket, String key) {
        this(bucket, key, null);
    }

    public Location location() {
        return Location.s3(bucket, key);
    }

    @Override
    public String toString() {
        return location().toString();
    }
}
