package org.iiifgenerator.testsupport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.storage.Location;
import org.iiifgenerator.task.Job;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A source bucket laid out as the system we replace expects it ({@code <collection>/<box>/<object>/Access/…} and
 * a CSV), and task files in its format.
 */
public final class TaskBuckets {

    public static final String COLLECTION = "Coll_1";
    public static final String OBJECT = "Folder_A";
    public static final String ACCESS_DIR = COLLECTION + "/Box1/" + OBJECT + "/Access";
    public static final String CSV_PATH = COLLECTION + "/CSV";
    public static final String CSV_NAME = "coll.csv";
    public static final String DEST_URL = "https://cdn.example.org";
    /** Where the seed's key scheme puts this object's output: DEST_PREFIX + the collection path without the last two folders. */
    public static final String ROOT = root("iiif");
    /** The report of a task of {@link #ACCESS_DIR}, relative to the root of its run records (see RunRecords). */
    public static final String REPORT = OutputLayout.reportKey(Job.runName(Location.s3("source", ACCESS_DIR)));

    private TaskBuckets() {
    }

    /** The output root of a task with this DEST_PREFIX. */
    public static String root(String destPrefix) {
        return destPrefix + "/" + COLLECTION + "/Box1";
    }

    /** Pages named and as wide as {@code pageWidths} says, 400 px high, and the CSV; images made in {@code work}. */
    public static void uploadObject(S3Client s3, String bucket, Path work, Map<String, Integer> pageWidths) {
        List<Path> pages = new ArrayList<>();
        pageWidths.forEach((name, width) -> pages.add(TestImages.image(work.resolve(name), width, 400)));
        uploadObject(s3, bucket, pages);
    }

    /** These image files as the object's pages, under their file names, and the CSV. */
    public static void uploadObject(S3Client s3, String bucket, List<Path> pages) {
        for (Path page : pages) {
            String key = ACCESS_DIR + "/" + page.getFileName();
            s3.putObject(r -> r.bucket(bucket).key(key), RequestBody.fromFile(page));
        }
        put(s3, bucket, CSV_PATH + "/" + CSV_NAME, "identifier,title,Creator\n" + OBJECT + ",Folder A,A. Writer\n");
    }

    /** A generation-2 task file; {@code extra} adds or replaces environment entries. */
    public static String task(String sourceBucket, String destinationBucket, Map<String, String> extra) {
        return taskFile(environment(sourceBucket, destinationBucket, extra));
    }

    /**
     * The environment of a generation-2 task: the entries of its task file, or the variables an AWS Batch job
     * gets; {@code extra} adds or replaces entries (a null value removes one).
     */
    public static Map<String, String> environment(String sourceBucket, String destinationBucket,
                                                  Map<String, String> extra) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("AWS_REGION", "us-east-1");
        environment.put("COLLECTION_IDENTIFIER", COLLECTION);
        environment.put("ACCESS_DIR", ACCESS_DIR);
        environment.put("AWS_SRC_BUCKET", sourceBucket);
        environment.put("AWS_DEST_BUCKET", destinationBucket);
        environment.put("DEST_PREFIX", "iiif");
        environment.put("DEST_URL", DEST_URL);
        environment.put("CSV_PATH", CSV_PATH);
        environment.put("CSV_NAME", CSV_NAME);
        environment.putAll(extra);
        environment.values().removeIf(Objects::isNull);
        return environment;
    }

    /** A task file with this environment, for job box1 on queue iiifjq and definition iiifjd:1. */
    public static String taskFile(Map<String, String> environment) {
        String entries = environment.entrySet().stream()
                .map(e -> "{\"name\":\"" + e.getKey() + "\",\"value\":\"" + e.getValue() + "\"}")
                .collect(Collectors.joining(","));
        return "{\"jobName\":\"box1\",\"jobQueue\":\"iiifjq\",\"jobDefinition\":\"iiifjd:1\","
                + "\"command\":\"./createiiif.sh\",\"environment\":[" + entries + "]}";
    }

    public static void put(S3Client s3, String bucket, String key, String content) {
        s3.putObject(r -> r.bucket(bucket).key(key), RequestBody.fromString(content, StandardCharsets.UTF_8));
    }

    public static String read(S3Client s3, String bucket, String key) {
        return s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asUtf8String();
    }

    /** Every key in the bucket. */
    public static List<String> keys(S3Client s3, String bucket) {
        return s3.listObjectsV2Paginator(r -> r.bucket(bucket)).contents().stream().map(S3Object::key).toList();
    }

    public static boolean exists(S3Client s3, String bucket, String key) {
        try {
            s3.headObject(r -> r.bucket(bucket).key(key));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }
}
