package org.iiifgenerator.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.camel.Body;
import org.apache.camel.CamelContext;
import org.apache.camel.Variable;
import org.iiifgenerator.config.Settings;
import org.iiifgenerator.storage.Location;
import org.iiifgenerator.storage.Storages;
import org.iiifgenerator.task.InvalidTaskException;
import org.iiifgenerator.task.Job;
import org.iiifgenerator.task.JobFactory;
import org.iiifgenerator.task.TaskFileReader;
import org.iiifgenerator.task.TaskSpec;
import org.iiifgenerator.task.TaskSpecs;

/** Turns a task (a file in the task bucket, a local file, or the environment of an AWS Batch job) into a job. */
public final class TaskIntake {

    private final Storages storages;
    private final JobFactory jobs;
    private final Map<String, String> processEnvironment;
    private final TaskFileReader reader = new TaskFileReader();

    public TaskIntake(Storages storages, JobFactory jobs, Map<String, String> processEnvironment) {
        this.storages = storages;
        this.jobs = jobs;
        this.processEnvironment = processEnvironment;
    }

    public Job jobForTaskFile(@Variable("taskFile") TaskFileRef task, CamelContext context) throws IOException {
        return jobs.forTask(read(task.location()), configuration(context));
    }

    /** @param task a task file path or {@code s3://bucket/key}; null or blank for the process environment */
    public Job jobForBatch(@Body String task, CamelContext context) throws IOException {
        TaskSpec spec = task == null || task.isBlank()
                ? TaskSpecs.fromEnvironment(processEnvironment, "the environment of this process")
                : read(location(task.strip()));
        return jobs.forTask(spec, configuration(context));
    }

    private TaskSpec read(Location file) throws IOException {
        byte[] content;
        try {
            content = storages.read(file);
        } catch (IOException e) {
            throw new InvalidTaskException(file.toString(), "cannot be read: " + e.getMessage());
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
        return new Settings(key -> context.getPropertiesComponent().resolveProperty(key));
    }
}
