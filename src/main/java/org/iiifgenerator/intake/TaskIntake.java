package org.iiifgenerator.intake;

import static org.iiifgenerator.config.SettingsRegistry.RECORDS;
import static org.iiifgenerator.config.SettingsRegistry.SHARDS;
import static org.iiifgenerator.config.SettingsRegistry.SPLIT_ABOVE_MB;
import static org.iiifgenerator.config.SettingsRegistry.WORKER_FUNCTION;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.camel.Body;
import org.apache.camel.CamelContext;
import org.apache.camel.Variable;
import org.iiifgenerator.config.Settings;
import org.iiifgenerator.share.Share;
import org.iiifgenerator.dispatch.WorkerRequest;
import org.iiifgenerator.layout.RecordsLocation;
import org.iiifgenerator.storage.Location;
import org.iiifgenerator.storage.Storages;
import org.iiifgenerator.task.InvalidTaskException;
import org.iiifgenerator.task.Job;
import org.iiifgenerator.task.JobFactory;
import org.iiifgenerator.task.TaskFileReader;
import org.iiifgenerator.task.TaskSpec;
import org.iiifgenerator.task.TaskSpecs;

/**
 * Turns a task (a file in the task bucket, a local file, or the environment of an AWS Batch job) into a job,
 * and says where the long-lived container has it processed. An AWS Batch array child's job tiles its share of
 * the collection only.
 */
public final class TaskIntake {

    /** Set by AWS Batch in the children of an array job. */
    public static final String ARRAY_INDEX = "AWS_BATCH_JOB_ARRAY_INDEX";
    public static final String ARRAY_SIZE = "AWS_BATCH_JOB_ARRAY_SIZE";

    private final Storages storages;
    private final TaskFiles taskFiles;
    private final JobFactory jobs;
    private final Map<String, String> processEnvironment;
    private final TaskFileReader reader = new TaskFileReader();

    public TaskIntake(Storages storages, TaskFiles taskFiles, JobFactory jobs, Map<String, String> processEnvironment) {
        this.storages = storages;
        this.taskFiles = taskFiles;
        this.jobs = jobs;
        this.processEnvironment = processEnvironment;
    }

    /**
     * Whether a task file an S3 notification names is waiting to run: a pending task file, still there. S3 and SQS
     * deliver a notification at least once, and one delivered again after its task finished names a file that
     * has moved to processed/ or failed/.
     */
    public boolean isWaiting(@Body TaskFileRef task) throws IOException {
        return taskFiles.isPending(task.key()) && storages.exists(task.location());
    }

    /** The checked task of a task file in the task bucket. */
    public TaskSpec read(@Variable("taskFile") TaskFileRef task, CamelContext context) throws IOException {
        return withRecords(read(task.location()), task.location(), configuration(context));
    }

    /**
     * The task, keeping its run records where this container keeps them ({@code iiif.records}), else in the task
     * bucket it was read from (see {@code RecordsLocation}); a task file's own RECORDS wins. The place goes with the
     * task to the AWS Batch jobs and Lambda workers it is dispatched to, whose reruns read the records there.
     */
    private static TaskSpec withRecords(TaskSpec task, Location file, Settings configuration) {
        Optional<String> configured = configuration.find(RECORDS);
        if (configured.isPresent()) {
            return task.withRecords(configured.get());
        }
        return file.isLocal() ? task : task.withRecords(RecordsLocation.inTaskBucket(file.bucket()).toString());
    }

    public Job job(@Variable("task") TaskSpec task, CamelContext context) {
        return jobs.forTask(task, configuration(context));
    }

    /**
     * local, batch or lambda: the task's DISPATCH, else the configured {@code dispatch.mode}. Lambda needs the
     * worker function configured ({@code dispatch.lambda.function}).
     */
    public String dispatchMode(@Variable("task") TaskSpec task, CamelContext context) {
        Settings configuration = configuration(context);
        String mode = jobs.dispatchMode(task, configuration);
        if (mode.equals("lambda") && configuration.find(WORKER_FUNCTION).filter(f -> !f.isBlank()).isEmpty()) {
            throw new InvalidTaskException(task.source(), "DISPATCH is lambda, but this container has no worker "
                    + "function: configure " + WORKER_FUNCTION + " or dispatch the task another way");
        }
        return mode;
    }

    /**
     * The job of an AWS Batch job (or of {@code iiif-generator batch} anywhere): its share of the collection when
     * it is a child of an array job, else all of it.
     *
     * @param task a task file path or {@code s3://bucket/key}; null or blank for the process environment
     */
    public Job jobForBatch(@Body String task, CamelContext context) throws IOException {
        Settings configuration = configuration(context);
        TaskSpec spec;
        if (task == null || task.isBlank()) {
            spec = TaskSpecs.fromEnvironment(processEnvironment, "the environment of this process");
        } else {
            Location file = location(task.strip());
            spec = withRecords(read(file), file, configuration);
        }
        // The task names where its buckets are, as the seed's tasks did for their jobs.
        storages.useRegion(spec.region());
        Job job = jobs.forTask(spec, configuration);
        return processEnvironment.containsKey(ARRAY_INDEX) ? job.withShare(arrayShard(spec, configuration)) : job;
    }

    /** A Lambda worker's job: the task of the request, tiling only the request's object. */
    public Job jobForWorker(@Body String request, CamelContext context) throws IOException {
        WorkerRequest worker = WorkerRequest.fromJson(request);
        TaskSpec spec = TaskSpecs.fromEnvironment(worker.task(), "the worker request for object '"
                + worker.object() + "'");
        return jobs.forTask(spec, configuration(context)).withShare(new Share.Objects(Set.of(worker.object())));
    }

    /** This array child's share: its index, the array's size (set by AWS Batch, else the task's SHARDS). */
    private Share arrayShard(TaskSpec spec, Settings configuration) {
        String size = Optional.ofNullable(processEnvironment.get(ARRAY_SIZE))
                .orElse(spec.settings().get(SHARDS));
        if (size == null) {
            throw new InvalidTaskException(spec.source(), ARRAY_INDEX + " is set but neither " + ARRAY_SIZE
                    + " nor SHARDS says how many shards the collection is shared over");
        }
        try {
            return new Share.Shard(Integer.parseInt(processEnvironment.get(ARRAY_INDEX).strip()),
                    Integer.parseInt(size.strip()), configuration.find(SPLIT_ABOVE_MB).map(Long::parseLong)
                    .orElse(0L) * 1024 * 1024);
        } catch (IllegalArgumentException e) {
            throw new InvalidTaskException(spec.source(), "the array job's " + ARRAY_INDEX + "="
                    + processEnvironment.get(ARRAY_INDEX) + " and size " + size + " (or " + SPLIT_ABOVE_MB
                    + ") do not make a shard: " + e.getMessage());
        }
    }

    private TaskSpec read(Location file) throws IOException {
        if (file.isLocal() && Files.exists(file.localPath()) && !Files.isRegularFile(file.localPath())) {
            // A FIFO or a device would be read until it ends, which it may never do.
            throw new InvalidTaskException(file.toString(), "is not a regular file: give the path of a task file");
        }
        byte[] content;
        try {
            content = storages.read(file);
        } catch (IOException e) {
            throw new InvalidTaskException(file.toString(), "cannot be read: " + e.getMessage(), e);
        }
        return TaskSpecs.from(reader.read(new ByteArrayInputStream(content), file.toString()));
    }

    static Location location(String task) {
        try {
            Location location = Location.parse(task);
            if (!location.isLocal() && location.path().isEmpty()) {
                throw new IllegalArgumentException("names no task file in the bucket");
            }
            return location;
        } catch (IllegalArgumentException e) {
            throw new InvalidTaskException(task, "is not a task file path or s3://bucket/key URI: " + e.getMessage());
        }
    }

    private static Settings configuration(CamelContext context) {
        return JobFactory.configuration(context);
    }
}
