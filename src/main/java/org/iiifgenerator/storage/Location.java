package org.iiifgenerator.storage;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where something is: a local path, or a key (or key prefix) in an S3 bucket. Jobs use it for their images,
 * CSV and output, whichever of the two they live in.
 *
 * @param bucket null for a local path
 * @param path   a local path, or a key / key prefix without leading slash ("" for a whole bucket)
 */
public record Location(String bucket, String path) {

    private static final String S3_SCHEME = "s3://";

    public Location {
        Objects.requireNonNull(path, "path");
    }

    public static Location local(Path path) {
        return new Location(null, path.toAbsolutePath().normalize().toString());
    }

    public static Location s3(String bucket, String key) {
        return new Location(Objects.requireNonNull(bucket, "bucket"), key.replaceAll("^/+", ""));
    }

    /** A location as users write it: {@code s3://bucket/key} or a local path. */
    public static Location parse(String text) {
        if (!text.startsWith(S3_SCHEME)) {
            return local(Path.of(text));
        }
        String bucketAndKey = text.substring(S3_SCHEME.length());
        int slash = bucketAndKey.indexOf('/');
        if (slash <= 0) {
            throw new IllegalArgumentException("'" + text + "' is not an s3://bucket/key URI");
        }
        return s3(bucketAndKey.substring(0, slash), bucketAndKey.substring(slash + 1));
    }

    public boolean isLocal() {
        return bucket == null;
    }

    public Path localPath() {
        if (!isLocal()) {
            throw new IllegalStateException(this + " is not a local path");
        }
        return Path.of(path);
    }

    /** The last segment: a file or folder name. */
    public String name() {
        String trimmed = path.replaceAll("/+$", "");
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** The location of {@code relative} ('/'-separated, may be empty) under this folder or key prefix. */
    public Location resolve(String relative) {
        String trimmed = relative.replaceAll("^/+|/+$", "");
        if (trimmed.isEmpty()) {
            return this;
        }
        if (isLocal()) {
            return local(localPath().resolve(trimmed));
        }
        String folder = path.replaceAll("/+$", "");
        return new Location(bucket, folder.isEmpty() ? trimmed : folder + "/" + trimmed);
    }

    /** Whether this location is {@code other} or lies under it. */
    public boolean isWithin(Location other) {
        if (isLocal() != other.isLocal()) {
            return false;
        }
        if (isLocal()) {
            return localPath().startsWith(other.localPath());
        }
        String folder = other.path.replaceAll("/+$", "");
        String mine = path.replaceAll("/+$", "");
        return bucket.equals(other.bucket) && (folder.isEmpty() || mine.equals(folder) || mine.startsWith(folder + "/"));
    }

    /** The location of the folder (or key prefix) this one is in. */
    public Location parent() {
        if (isLocal()) {
            Path parent = localPath().getParent();
            return local(parent == null ? localPath() : parent);
        }
        String trimmed = path.replaceAll("/+$", "");
        int slash = trimmed.lastIndexOf('/');
        return new Location(bucket, slash < 0 ? "" : trimmed.substring(0, slash));
    }

    @Override
    public String toString() {
        return isLocal() ? path : S3_SCHEME + bucket + "/" + path;
    }
}
