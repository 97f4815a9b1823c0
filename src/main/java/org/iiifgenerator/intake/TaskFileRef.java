package org.iiifgenerator.intake;

import org.iiifgenerator.storage.Location;

/** A task file found in the task bucket (by polling or by an S3 event notification). */
public record TaskFileRef(String bucket, String key) {

    public Location location() {
        return Location.s3(bucket, key);
    }

    @Override
    public String toString() {
        return location().toString();
    }
}
