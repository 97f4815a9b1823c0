package org.iiifgenerator.intake;

import java.util.Locale;
import org.iiifgenerator.layout.RecordsLocation;

/**
 * Which keys of the task bucket are tasks waiting to run: JSON files under the task prefix that are not in its
 * {@code processed/} or {@code failed/} folders (where finished tasks are moved, with their outcome beside them),
 * nor under the bucket's {@code records/} folder (where tasks keep their run records).
 */
public final class TaskFiles {

    public static final String PROCESSED = "processed/";
    public static final String FAILED = "failed/";

    private final String prefix;

    /** @param prefix the task prefix in the bucket, "" for the whole bucket */
    public TaskFiles(String prefix) {
        String trimmed = prefix == null ? "" : prefix.strip().replaceAll("^/+|/+$", "");
        this.prefix = trimmed.isEmpty() ? "" : trimmed + "/";
    }

    public boolean isPending(String key) {
        // Run records kept in the task bucket are JSON files too, under the bucket's records/ folder.
        if (!key.startsWith(prefix) || !key.toLowerCase(Locale.ROOT).endsWith(".json")
                || key.startsWith(RecordsLocation.TASK_BUCKET_FOLDER + "/")) {
            return false;
        }
        String relative = key.substring(prefix.length());
        return !relative.startsWith(PROCESSED) && !relative.startsWith(FAILED);
    }

    /** The task file a polled key names, in the version the poll found (its ETag). */
    public TaskFileRef ref(String bucket, String key, String etag) {
        return new TaskFileRef(bucket, key, etag);
    }

    /** The key a task file of this name is uploaded under: in the task prefix, where it is pending. */
    public String keyOf(String fileName) {
        return prefix + fileName;
    }

    /** Where a finished task goes: {@code <prefix>processed/<name>} or {@code <prefix>failed/<name>}. */
    public String finishedKey(String key, boolean succeeded) {
        String relative = key.startsWith(prefix) ? key.substring(prefix.length()) : key;
        return prefix + (succeeded ? PROCESSED : FAILED) + relative;
    }
}
