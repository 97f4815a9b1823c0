package org.iiifgenerator.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.iiifgenerator.storage.ContentTypes;
import org.iiifgenerator.storage.Location;
import org.iiifgenerator.storage.Storage;
import org.iiifgenerator.storage.Storages;
import org.iiifgenerator.task.InvalidTaskException;
import org.iiifgenerator.task.TaskFileReader;
import org.iiifgenerator.task.TaskSpec;
import org.iiifgenerator.task.TaskSpecs;

/**
 * Task files sent from a user's machine ({@code iiif-generator submit}): checked before they are uploaded (the
 * fields, and that the images, the CSV and the destination bucket are there), uploaded to the task bucket, and
 * followed until their outcome is written beside them in processed/ or failed/.
 */
public final class TaskSubmissions {

    /** Headers of the submit routes: the local task file, and how long to wait for its outcome. */
    public static final String FILE = "taskFilePath";
    public static final String WAIT_SECONDS = "waitSeconds";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofSeconds(2);

    private final Storages storages;
    private final TaskFiles taskFiles;
    private final String tasksBucket;
    private final TaskFileReader reader = new TaskFileReader();

    /** @param tasksBucket the task bucket ({@code tasks.bucket}) */
    public TaskSubmissions(Storages storages, TaskFiles taskFiles, String tasksBucket) {
        this.storages = storages;
        this.taskFiles = taskFiles;
        this.tasksBucket = tasksBucket;
    }

    /** @return the task, when its fields are valid and what it names exists; else every problem at once */
    public TaskSpec check(@Body String file) throws IOException {
        if (tasksBucket == null || tasksBucket.isBlank()) {
            throw new InvalidTaskException(file, "has no task bucket to go to: give --tasks-bucket (tasks.bucket, "
                    + "TASKS_BUCKET)");
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new InvalidTaskException(file, "is not a file");
        }
        TaskSpec task = TaskSpecs.from(reader.read(new ByteArrayInputStream(Files.readAllBytes(path)), file));
        List<String> problems = new ArrayList<>();
        Location images = task.images();
        check(problems, () -> storages.open(images).sizes("").isEmpty()
                ? Optional.of("ACCESS_DIR: there are no files in " + images) : Optional.empty());
        if (task.csv() != null) {
            Location csv = task.csv();
            check(problems, () -> storages.exists(csv) ? Optional.empty()
                    : Optional.of("CSV_PATH/CSV_NAME: " + csv + " does not exist"));
        }
        if (task.upload()) {
            check(problems, () -> {
                storages.open(Location.s3(task.destinationBucket(), "")).checkAvailable();
                return Optional.empty();
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidTaskException(file, problems);
        }
        return task;
    }

    /** Uploads the checked file under the task prefix of the task bucket, where the container or trigger finds it. */
    public TaskFileRef upload(@Header(FILE) String file) throws IOException {
        Path path = Path.of(file);
        String key = taskFiles.keyOf(path.getFileName().toString());
        storages.open(Location.s3(tasksBucket, "")).put(key, Files.readAllBytes(path), ContentTypes.JSON);
        return new TaskFileRef(tasksBucket, key);
    }

    /** Waits for the task's outcome document; empty when it has not come within {@code timeout}. */
    public Optional<TaskOutcome> awaitOutcome(@Body TaskFileRef task, @Header(WAIT_SECONDS) long timeout)
            throws IOException, InterruptedException {
        Storage bucket = storages.open(Location.s3(task.bucket(), ""));
        Instant deadline = Instant.now().plusSeconds(timeout);
        while (true) {
            for (boolean succeeded : new boolean[] {true, false}) {
                String outcome = taskFiles.finishedKey(task.key(), succeeded) + TaskOutcomes.OUTCOME_SUFFIX;
                if (bucket.exists(outcome)) {
                    return Optional.of(JSON.readValue(bucket.read(outcome), TaskOutcome.class));
                }
            }
            if (Instant.now().isAfter(deadline)) {
                return Optional.empty();
            }
            Thread.sleep(POLL);
        }
    }

    private interface Check {
        Optional<String> problem() throws IOException;
    }

    private static void check(List<String> problems, Check check) {
        try {
            check.problem().ifPresent(problems::add);
        } catch (IOException e) {
            problems.add(e.getMessage());
        }
    }
}
