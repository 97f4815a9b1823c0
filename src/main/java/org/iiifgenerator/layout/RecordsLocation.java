package org.iiifgenerator.layout;

import org.iiifgenerator.storage.Location;

/**
 * Where a collection's run records are kept: the reports (which name the folders and files of the machine that
 * ran), the provenance records reruns read, the array job's shard records and the cache of member records. They
 * are kept under their usual keys ({@code collection/reports/...}, see {@link OutputLayout}) below a root of their
 * own, outside the published root, so that nothing that serves or copies the output can expose them:
 * <ul>
 * <li>a local output folder {@code <out>} keeps them beside it, in {@code <out>.records};</li>
 * <li>a task publishing to {@code s3://<bucket>/<prefix>} keeps them in {@code <records>/<bucket>/<prefix>}, where
 * {@code <records>} is the configured place ({@code iiif.records}, a task's RECORDS) or else
 * {@code s3://<task bucket>/records}: every destination has its own.</li>
 * </ul>
 * Published deliberately ({@code iiif.publish-records}), the root is the output root itself, as in earlier versions.
 */
public final class RecordsLocation {

    /** The folder of the task bucket under which tasks keep their records by default. */
    public static final String TASK_BUCKET_FOLDER = "records";
    /** What names the records folder beside a local output folder. */
    public static final String LOCAL_SUFFIX = ".records";

    private RecordsLocation() {
    }

    /** The records of the local output folder {@code output}: the folder beside it, {@code <output>.records}. */
    public static Location beside(Location output) {
        return Location.local(output.localPath().resolveSibling(output.localPath().getFileName() + LOCAL_SUFFIX));
    }

    /** The default place of the records of tasks read from the task bucket {@code taskBucket}. */
    public static Location inTaskBucket(String taskBucket) {
        return Location.s3(taskBucket, TASK_BUCKET_FOLDER);
    }

    /** The records of a destination ({@code bucket}, {@code prefix}) under the records place {@code records}. */
    public static Location under(Location records, String bucket, String prefix) {
        return records.resolve(bucket).resolve(prefix);
    }
}
