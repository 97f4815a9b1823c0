package org.iiifgenerator.task;

/**
 * The environment names of the system we replace (aws-batch-iiif-generator), which tasks keep using. Two
 * generations exist; a task uses the names of one of them (the shared names go with either).
 *
 * <table>
 * <caption>Names of the seed's task files</caption>
 * <tr><th>Name</th><th>Generation</th><th>Meaning</th></tr>
 * <tr><td>AWS_REGION</td><td>both</td><td>region of the buckets, e.g. us-east-1 (optional)</td></tr>
 * <tr><td>ACCESS_DIR</td><td>both</td><td>folder of the object's images in the source bucket; it ends with
 *     {@code <object>/<image folder>}, e.g. {@code .../Box2_Folder19_Synopsis/Access}</td></tr>
 * <tr><td>CSV_PATH, CSV_NAME</td><td>both</td><td>folder and file name of the metadata CSV in the source
 *     bucket (both or neither)</td></tr>
 * <tr><td>DEST_PREFIX</td><td>both</td><td>folder in the destination bucket the output goes under
 *     (optional)</td></tr>
 * <tr><td>DEST_URL</td><td>both</td><td>public http(s) URL the destination bucket is served from</td></tr>
 * <tr><td>SRC_BUCKET</td><td>1 (2019)</td><td>source bucket</td></tr>
 * <tr><td>AWS_BUCKET_NAME</td><td>1</td><td>destination bucket; DEST_BUCKET is then a folder in it (early
 *     tasks)</td></tr>
 * <tr><td>DEST_BUCKET</td><td>1</td><td>destination bucket (later tasks), or with AWS_BUCKET_NAME a folder in
 *     it</td></tr>
 * <tr><td>DIR_PREFIX</td><td>1</td><td>folder in the source bucket that ACCESS_DIR is under (optional)</td></tr>
 * <tr><td>COLLECTION_NAME</td><td>1</td><td>collection identifier (optional)</td></tr>
 * <tr><td>UPLOAD_BOOL</td><td>1</td><td>true (default) or false: false keeps the output in a local folder
 *     (tasks.local-output) instead of publishing it</td></tr>
 * <tr><td>AWS_SRC_BUCKET</td><td>2 (2024)</td><td>source bucket</td></tr>
 * <tr><td>AWS_DEST_BUCKET</td><td>2</td><td>destination bucket</td></tr>
 * <tr><td>COLLECTION_IDENTIFIER</td><td>2</td><td>collection identifier: the folder of ACCESS_DIR the output
 *     folders are named from (optional)</td></tr>
 * </table>
 *
 * Our own options are {@link TaskOption}s.
 */
public enum PredecessorVariable {
    AWS_REGION(Generation.BOTH),
    ACCESS_DIR(Generation.BOTH),
    CSV_PATH(Generation.BOTH),
    CSV_NAME(Generation.BOTH),
    DEST_PREFIX(Generation.BOTH),
    DEST_URL(Generation.BOTH),
    SRC_BUCKET(Generation.FIRST),
    AWS_BUCKET_NAME(Generation.FIRST),
    DEST_BUCKET(Generation.FIRST),
    DIR_PREFIX(Generation.FIRST),
    COLLECTION_NAME(Generation.FIRST),
    UPLOAD_BOOL(Generation.FIRST),
    AWS_SRC_BUCKET(Generation.SECOND),
    AWS_DEST_BUCKET(Generation.SECOND),
    COLLECTION_IDENTIFIER(Generation.SECOND);

    /** Which task format a name belongs to. */
    public enum Generation {
        /** The 2019 names. */
        FIRST,
        /** The 2024 names. */
        SECOND,
        /** Names both generations use with the same meaning. */
        BOTH
    }

    private final Generation generation;

    PredecessorVariable(Generation generation) {
        this.generation = generation;
    }

    public Generation generation() {
        return generation;
    }
}
