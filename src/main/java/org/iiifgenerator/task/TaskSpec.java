package org.iiifgenerator.task;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.iiifgenerator.config.Settings;
import org.iiifgenerator.config.SettingsRegistry;
import org.iiifgenerator.storage.Location;

/**
 * A checked task: what to read, where to publish it and under which URL, in the terms of S3. Built by
 * {@link TaskSpecs} from a task file or from the environment of an AWS Batch job.
 *
 * @param source            where the task came from, for messages and records
 * @param jobName           the AWS Batch job name, null when read from a job's environment (the job exists)
 * @param jobQueue          the AWS Batch job queue, null when read from a job's environment
 * @param jobDefinition     the AWS Batch job definition, null when read from a job's environment
 * @param region            the AWS region of the buckets, or null for the default region
 * @param sourceBucket      the bucket the images and the CSV are read from
 * @param accessDir         the key prefix of the object's images: no leading '/', ends with '/'
 * @param csvKey            the key of the metadata CSV in the source bucket, or null without one
 * @param destinationBucket the bucket the output is published to
 * @param destinationPrefix the output root: every output key starts with it ("" for the bucket's root, else
 *                          without a leading or trailing '/'), e.g. {@code iawa/Women_of_Design/Ms2016_012/Box2}
 * @param baseUrl           the public URL of the output root, without a trailing '/'
 * @param collectionId      the collection identifier: the task's own, else the collection folder of ACCESS_DIR
 * @param objectId          the object the images belong to: the folder that holds the image folder
 * @param settings          our options from the task, as configuration keys of {@link JobFactory} (iiif.*)
 * @param upload            false (UPLOAD_BOOL=false) to keep the output in a local folder instead of publishing
 * @param environment       the task's names and values as given: what a job dispatched elsewhere receives
 */
public record TaskSpec(String source, String jobName, String jobQueue, String jobDefinition, String region,
                       String sourceBucket, String accessDir, String csvKey, String destinationBucket,
                       String destinationPrefix, String baseUrl, String collectionId, String objectId,
                       Map<String, String> settings, boolean upload, Map<String, String> environment) {

    public TaskSpec {
        settings = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(settings));
        environment = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(environment));
    }

    /** Where the images are: the Access folder (or collection folder) in the source bucket. */
    public Location images() {
        return Location.s3(sourceBucket, accessDir);
    }

    /** The metadata CSV in the source bucket, or null without one. */
    public Location csv() {
        return csvKey == null ? null : Location.s3(sourceBucket, csvKey);
    }

    /** The task's own settings (its options) over {@code configuration}; problems name the task's option. */
    public Settings over(Settings configuration) {
        return new Settings(key -> Optional.ofNullable(settings.get(key)).or(() -> configuration.find(key)),
                key -> settings.containsKey(key) ? TaskOption.of(key).name() : configuration.nameOf(key));
    }

    /**
     * This task, keeping its run records under {@code records} unless it names a place for them itself: the place
     * travels with the task, in its settings and in the environment of the jobs and workers it is dispatched to.
     */
    public TaskSpec withRecords(String records) {
        if (settings.containsKey(SettingsRegistry.RECORDS)) {
            return this;
        }
        Map<String, String> withSettings = new LinkedHashMap<>(settings);
        withSettings.put(SettingsRegistry.RECORDS, records);
        Map<String, String> withEnvironment = new LinkedHashMap<>(environment);
        withEnvironment.put(TaskOption.RECORDS.name(), records);
        return new TaskSpec(source, jobName, jobQueue, jobDefinition, region, sourceBucket, accessDir, csvKey,
                destinationBucket, destinationPrefix, baseUrl, collectionId, objectId, withSettings, upload,
                withEnvironment);
    }

    /** The key in the destination bucket of a key relative to the output root, as {@code OutputLayout} gives them. */
    public String destinationKey(String relativeKey) {
        return destinationPrefix.isEmpty() ? relativeKey : destinationPrefix + "/" + relativeKey;
    }
}
