package org.iiifgenerator.task;

import static org.iiifgenerator.config.SettingsRegistry.ALLOWED_BUCKETS;
import static org.iiifgenerator.config.SettingsRegistry.RECORDS;
import static org.iiifgenerator.config.SettingsRegistry.TASKS_BUCKET;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.iiifgenerator.config.Settings;
import org.iiifgenerator.config.SettingsRegistry;
import org.iiifgenerator.storage.Location;

/**
 * The buckets a task may read images and its CSV from, publish to and keep its run records in
 * ({@value SettingsRegistry#ALLOWED_BUCKETS}, from configuration only: a task cannot set it). Whoever can write a
 * task file could otherwise make the container read, or overwrite, any bucket its role reaches. Empty allows every
 * bucket. An entry is a bucket's name or its ARN ({@code arn:aws:s3:::name}), as the CloudFormation stack knows its
 * source buckets.
 */
final class BucketAllowlist {

    private BucketAllowlist() {
    }

    /** Refuses the task, naming each bucket that is not allowed, when the list is set. */
    static void check(TaskSpec task, Settings configuration) {
        Set<String> allowed = configuration.find(ALLOWED_BUCKETS).map(BucketAllowlist::parse).orElse(Set.of());
        if (allowed.isEmpty()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        if (!allowed.contains(task.sourceBucket())) {
            problems.add("the source bucket (AWS_SRC_BUCKET or SRC_BUCKET) is '" + task.sourceBucket() + "', "
                    + notAllowed(allowed));
        }
        if (task.upload() && !allowed.contains(task.destinationBucket())) {
            problems.add("the destination bucket (AWS_DEST_BUCKET or DEST_BUCKET) is '" + task.destinationBucket()
                    + "', " + notAllowed(allowed));
        }
        String records = task.settings().get(RECORDS);
        if (records != null && records.startsWith("s3://")) {
            String bucket = Location.parse(records).bucket();
            if (!allowed.contains(bucket) && !configuredRecordsBuckets(configuration).contains(bucket)) {
                problems.add("the bucket of the run records (RECORDS) is '" + bucket + "', " + notAllowed(allowed));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidTaskException(task.source(), problems);
        }
    }

    /**
     * The buckets this container's own configuration keeps run records in ({@code iiif.records}, the task bucket):
     * where a task read from the task bucket keeps them unless told otherwise.
     */
    private static Set<String> configuredRecordsBuckets(Settings configuration) {
        Set<String> buckets = new TreeSet<>();
        configuration.find(RECORDS).filter(place -> place.startsWith("s3://"))
                .map(place -> Location.parse(place).bucket()).ifPresent(buckets::add);
        configuration.find(TASKS_BUCKET).ifPresent(buckets::add);
        return buckets;
    }

    private static String notAllowed(Set<String> allowed) {
        return "which is not one of the buckets this container may use (" + ALLOWED_BUCKETS + ": " + String.join(", ", allowed)
                + "); use one of them, or add it to " + ALLOWED_BUCKETS;
    }

    private static Set<String> parse(String list) {
        Set<String> buckets = new TreeSet<>();
        Arrays.stream(list.split(",")).map(String::strip).filter(entry -> !entry.isEmpty())
                .map(BucketAllowlist::bucketName).forEach(buckets::add);
        return buckets;
    }

    /** A bucket name has no colon, so what follows an ARN's last one is the name. */
    private static String bucketName(String nameOrArn) {
        return nameOrArn.startsWith("arn:") ? nameOrArn.substring(nameOrArn.lastIndexOf(':') + 1) : nameOrArn;
    }
}
