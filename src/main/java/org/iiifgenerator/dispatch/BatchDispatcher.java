package org.iiifgenerator.dispatch;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.camel.Variable;
import org.iiifgenerator.config.SettingsRegistry;
import org.iiifgenerator.share.Share;
import org.iiifgenerator.storage.Location;
import org.iiifgenerator.storage.Storages;
import org.iiifgenerator.task.InvalidTaskException;
import org.iiifgenerator.task.TaskOption;
import org.iiifgenerator.task.TaskSpec;
import software.amazon.awssdk.services.batch.BatchClient;

/**
 * Has AWS Batch process a checked task: one job, or an array job and its finalize job when the task is shared
 * over several nodes (its SHARDS, else one shard per {@code dispatch.shard-gb} of source images). The job gets
 * the task's own environment, plus SHARDS when it was worked out here, so every child agrees on the split.
 * Used by the long-lived container's routes and by the trigger Lambda alike.
 */
public final class BatchDispatcher implements AutoCloseable {

    private static final long GIGABYTE = 1024L * 1024 * 1024;

    private final Supplier<BatchClient> clients;
    private final BatchSubmitter.Defaults defaults;
    private final Storages storages;
    private final double gigabytesPerShard;
    private BatchClient client;

    /**
     * @param clients           called on first use: a Batch client exists only where tasks are dispatched
     * @param gigabytesPerShard source gigabytes per shard for tasks without SHARDS; 0 for one job per task
     */
    public BatchDispatcher(Supplier<BatchClient> clients, BatchSubmitter.Defaults defaults, Storages storages,
                           double gigabytesPerShard) {
        this.clients = clients;
        this.defaults = defaults;
        this.storages = storages;
        this.gigabytesPerShard = gigabytesPerShard;
    }

    public BatchSubmitter.Submitted submit(@Variable("task") TaskSpec task)
            throws IOException, BatchSubmitter.DispatchException {
        int shards = shards(task);
        Map<String, String> environment = new LinkedHashMap<>(task.environment());
        environment.put(TaskOption.SHARDS.name(), Integer.toString(shards));
        return new BatchSubmitter(client(), defaults)
                .submit(task.jobName(), task.jobQueue(), task.jobDefinition(), environment, shards);
    }

    private synchronized BatchClient client() {
        if (client == null) {
            client = clients.get();
        }
        return client;
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
        }
    }

    /** The task's SHARDS, else one shard per configured gigabytes of its source images, else 1. */
    int shards(TaskSpec task) throws IOException {
        String given = task.settings().get(SettingsRegistry.SHARDS);
        if (given != null) {
            return Integer.parseInt(given);
        }
        if (gigabytesPerShard <= 0) {
            return 1;
        }
        Location images = task.images();
        long bytes;
        try {
            bytes = storages.open(images).sizes("").values().stream().mapToLong(Long::longValue).sum();
        } catch (IOException e) {
            throw new InvalidTaskException(task.source(), "its images in " + images + " cannot be listed to share "
                    + "them over shards: " + e.getMessage(), e);
        }
        long perShard = (long) (gigabytesPerShard * GIGABYTE);
        return (int) Math.clamp((bytes + perShard - 1) / perShard, 1, Share.MAX_SHARDS);
    }
}
