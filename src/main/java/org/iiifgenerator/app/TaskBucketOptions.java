package org.iiifgenerator.app;

import java.util.Map;
import org.iiifgenerator.config.SettingsRegistry;
import picocli.CommandLine.Option;

/** Where task files are: shared by the commands that listen for them and that send them. */
public final class TaskBucketOptions {

    @Option(names = "--tasks-bucket", paramLabel = "BUCKET",
            description = "Bucket of the task files (default: tasks.bucket from configuration, TASKS_BUCKET).")
    String bucket;

    @Option(names = "--tasks-prefix", paramLabel = "PREFIX", description = "Folder of the task files in the bucket.")
    String prefix;

    /** The configuration keys these options override. */
    void put(Map<String, String> keys) {
        PublishOptions.put(keys, SettingsRegistry.TASKS_BUCKET, bucket);
        PublishOptions.put(keys, SettingsRegistry.TASKS_PREFIX, prefix);
    }
}
