package org.iiifgenerator.testsupport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

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

    private TaskBuckets() {
    }

    /** The output root of a task with this DEST_PREFIX. */
    public static String root(String destPrefix) {
        return destPrefix + "/" + COLLECTION + "/Box1";
    }

    /** Three pages (p1, p2, p10: widths 300, 310, 320) and the CSV, images made in {@code work}. */
    public static void uploadObject(S3Client s3, String bucket, Path work, Map<String, Integer> pageWidths) {
        pageWidths.forEach((name, width) -> {
            Path image = TestImages.image(work.resolve(name), width, 400);
            s3.putObject(r -> r.bucket(bucket).key(ACCESS_DIR + "/" + name), RequestBody.fromFile(image));
        });
        put(s3, bucket, CSV_PATH + "/" + CSV_NAME, "identifier,title,Creator\n" + OBJECT + ",Folder A,A. Writer\n");
    }

    /** A generation-2 task file; {@code extra} adds or replaces environment entries. */
    public static String task(String sourceBucket, String destinationBucket, Map<String, String> extra) {
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
        return taskFile(environment);
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
