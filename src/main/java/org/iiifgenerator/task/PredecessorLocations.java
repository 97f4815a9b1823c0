package org.iiifgenerator.task;

import static org.iiifgenerator.task.PredecessorVariable.AWS_BUCKET_NAME;
import static org.iiifgenerator.task.PredecessorVariable.AWS_DEST_BUCKET;
import static org.iiifgenerator.task.PredecessorVariable.AWS_SRC_BUCKET;
import static org.iiifgenerator.task.PredecessorVariable.COLLECTION_IDENTIFIER;
import static org.iiifgenerator.task.PredecessorVariable.COLLECTION_NAME;
import static org.iiifgenerator.task.PredecessorVariable.CSV_NAME;
import static org.iiifgenerator.task.PredecessorVariable.DEST_BUCKET;
import static org.iiifgenerator.task.PredecessorVariable.DEST_PREFIX;
import static org.iiifgenerator.task.PredecessorVariable.DIR_PREFIX;
import static org.iiifgenerator.task.PredecessorVariable.SRC_BUCKET;
import static org.iiifgenerator.task.PredecessorVariable.UPLOAD_BOOL;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.iiifgenerator.task.PredecessorVariable.Generation;

/**
 * The buckets and folders of a task, read with the names of its generation. Fields are null where the task
 * gives no usable value; the problems are then recorded in the {@link TaskVariables}.
 *
 * <p>Generation-1 tasks were read by two versions of the seed's script. Early tasks name the destination bucket
 * AWS_BUCKET_NAME and a folder in it DEST_BUCKET ({@code s3://AWS_BUCKET_NAME/DEST_BUCKET/...}); later tasks
 * name the bucket DEST_BUCKET and the folder DEST_PREFIX ({@code s3://DEST_BUCKET/DEST_PREFIX/...}), and may put
 * ACCESS_DIR under a DIR_PREFIX folder of the source bucket. AWS_BUCKET_NAME therefore decides what DEST_BUCKET
 * means, and AWS_BUCKET_NAME with DEST_PREFIX, which the two versions read differently, is refused.
 * UPLOAD_BOOL=false keeps the output in a local folder instead of publishing it (a trial run). The seed's script
 * published either way; the flag only switched its tiler's own upload, so tasks that set it to false expecting
 * publication need it removed.
 *
 * @param sourceFolder      the folder of the source bucket ACCESS_DIR is in (DIR_PREFIX), usually the root
 * @param destinationFolder the folder of the destination bucket the output root starts with
 * @param collectionId      the identifier the task gives, or null to name the collection after its folder
 * @param collectionMarker  the start of the collection folder's name in ACCESS_DIR, or ""
 * @param markerOrigin      the variable the marker comes from, for messages
 * @param upload            false when UPLOAD_BOOL=false: the output stays local
 */
record PredecessorLocations(String sourceBucket, KeyPath sourceFolder, String destinationBucket, KeyPath destinationFolder,
                     String collectionId, String collectionMarker, String markerOrigin, boolean upload) {

    /**
     * The locations, or null when the task mixes the names of both generations (a recorded problem).
     *
     * @param csvName the task's CSV_NAME, or null; generation-1 tasks take their collection marker from it
     */
    static PredecessorLocations read(TaskVariables vars, String csvName) {
        List<PredecessorVariable> first = present(vars, Generation.FIRST);
        List<PredecessorVariable> second = present(vars, Generation.SECOND);
        if (!first.isEmpty() && !second.isEmpty()) {
            vars.problem("the environment mixes the names of 2019 tasks (" + names(first) + ") with those of "
                    + "2024 tasks (" + names(second) + "): use one generation's names");
            return null;
        }
        return first.isEmpty() ? secondGeneration(vars) : firstGeneration(vars, csvName);
    }

    private static PredecessorLocations secondGeneration(TaskVariables vars) {
        String collection = vars.text(COLLECTION_IDENTIFIER);
        return new PredecessorLocations(
                vars.required(AWS_SRC_BUCKET, BucketNames::require,
                        "give the S3 bucket the images are read from (SRC_BUCKET in 2019 tasks)"),
                KeyPath.ROOT,
                vars.required(AWS_DEST_BUCKET, BucketNames::require,
                        "give the S3 bucket the output goes to (DEST_BUCKET in 2019 tasks)"),
                folder(vars, DEST_PREFIX),
                collection, collection == null ? "" : collection, COLLECTION_IDENTIFIER.name(), true);
    }

    private static PredecessorLocations firstGeneration(TaskVariables vars, String csvName) {
        Boolean upload = vars.optional(UPLOAD_BOOL, PredecessorLocations::flag);
        String bucket;
        KeyPath folder;
        if (vars.has(AWS_BUCKET_NAME)) {
            bucket = vars.optional(AWS_BUCKET_NAME, BucketNames::require);
            folder = vars.required(DEST_BUCKET, KeyPath::parse,
                    "with AWS_BUCKET_NAME, DEST_BUCKET names the folder of that bucket the output goes to");
            if (vars.has(DEST_PREFIX)) {
                vars.problem(DEST_PREFIX, "does not go with AWS_BUCKET_NAME: in early tasks AWS_BUCKET_NAME is the "
                        + "destination bucket and DEST_BUCKET a folder in it, in later ones DEST_BUCKET is the bucket "
                        + "and DEST_PREFIX the folder; leave out AWS_BUCKET_NAME or DEST_PREFIX");
            }
        } else {
            bucket = vars.required(DEST_BUCKET, BucketNames::require,
                    "give the S3 bucket the output goes to (or AWS_BUCKET_NAME, with DEST_BUCKET as a folder in it)");
            folder = folder(vars, DEST_PREFIX);
        }
        return new PredecessorLocations(
                vars.required(SRC_BUCKET, BucketNames::require, "give the S3 bucket the images are read from"),
                folder(vars, DIR_PREFIX), bucket, folder, vars.text(COLLECTION_NAME),
                PredecessorLayout.firstGenerationMarker(csvName), "the Ms9999_999 pattern of " + CSV_NAME,
                upload == null || upload);
    }

    private static KeyPath folder(TaskVariables vars, PredecessorVariable name) {
        KeyPath folder = vars.optional(name, KeyPath::parse);
        return folder == null ? KeyPath.ROOT : folder;
    }

    private static boolean flag(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("use true or false");
        };
    }

    private static List<PredecessorVariable> present(TaskVariables vars, Generation generation) {
        return Arrays.stream(PredecessorVariable.values())
                .filter(name -> name.generation() == generation && vars.has(name))
                .toList();
    }

    private static String names(List<PredecessorVariable> names) {
        return names.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
