package org.iiifgenerator.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Variable;
import org.iiifgenerator.config.SettingsRegistry;
import org.iiifgenerator.dispatch.BatchSubmitter;
import org.iiifgenerator.iiif.IiifJson;
import org.iiifgenerator.pipeline.Run;
import org.iiifgenerator.report.RunReport;
import org.iiifgenerator.storage.ContentTypes;
import org.iiifgenerator.storage.Location;
import org.iiifgenerator.storage.Storage;
import org.iiifgenerator.storage.StorageUnavailableException;
import org.iiifgenerator.storage.Storages;
import org.iiifgenerator.task.InvalidJobException;
import org.iiifgenerator.task.TaskSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a finished task file out of the way, to {@code processed/} when everything was published or to
 * {@code failed/} otherwise, with an outcome document beside it. The original is deleted last: a crash before
 * that leaves the task where the next poll finds it again, so a task is never lost. A task identical to one that
 * already succeeded, read from the same CSV and images and whose report is still published, is recognised and not
 * run again; the same task file put again after its CSV or images changed runs again.
 */
public final class TaskOutcomes {

    private static final Logger LOG = LoggerFactory.getLogger(TaskOutcomes.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String OUTCOME_SUFFIX = ".outcome.json";

    private final Storages storages;
    private final TaskFiles taskFiles;

    public TaskOutcomes(Storages storages, TaskFiles taskFiles) {
        this.storages = storages;
        this.taskFiles = taskFiles;
    }

    /**
     * What tells this task from another: its file, and the versions of the CSV and the images it reads (listed,
     * not read). When they cannot be listed the fingerprint matches none, and the task runs (and says why it
     * cannot read them).
     */
    public String fingerprint(@Variable("taskFile") TaskFileRef task, @Variable("task") TaskSpec spec)
            throws IOException {
        StringBuilder inputs = new StringBuilder();
        try {
            if (spec.csv() != null) {
                Location csv = spec.csv();
                inputs.append("csv ").append(storages.open(csv.parent()).listing(csv.name()).get(csv.name()))
                        .append('\n');
            }
            storages.open(spec.images()).listing("")
                    .forEach((key, file) -> inputs.append(key).append(' ').append(file.version()).append('\n'));
        } catch (IOException | RuntimeException unlisted) {
            inputs.append("unlisted ").append(UUID.randomUUID());
        }
        return fingerprint(bucket(task).read(task.key()), inputs.toString());
    }

    /** True when this very task, from the same inputs, already succeeded and what it published is still there. */
    public boolean alreadyPublished(@Variable("taskFile") TaskFileRef task, @Variable("fingerprint") String fingerprint)
            throws IOException {
        Storage bucket = bucket(task);
        String outcomeKey = taskFiles.finishedKey(task.key(), true) + OUTCOME_SUFFIX;
        if (!bucket.exists(outcomeKey)) {
            return false;
        }
        TaskOutcome previous = JSON.readValue(bucket.read(outcomeKey), TaskOutcome.class);
        return previous.succeeded() && fingerprint.equals(previous.fingerprint())
                && previous.report() != null && reportExists(previous.report());
    }

    public TaskOutcome ran(@Variable("taskFile") TaskFileRef task, @Variable("fingerprint") String fingerprint,
                           @Body RunReport report, @ExchangeProperty(Run.PROPERTY) Run run) throws IOException {
        if (run.storageWasUnavailable()) {
            // Not the task's fault: it stays pending, and its next try keeps what this one published.
            List<String> errors = report.errors();
            throw new StorageUnavailableException("S3 did not serve some of the images of task " + task
                    + (errors.isEmpty() ? "" : ", " + errors.getFirst())
                    + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more failures)" : "")
                    + "; see " + run.reportLocation(), null);
        }
        RunReport.Document document = report.document();
        boolean succeeded = !report.hasFailures();
        return finish(task, fingerprint, succeeded, outcome -> new TaskOutcome(task.toString(),
                succeeded ? TaskOutcome.SUCCEEDED : TaskOutcome.FAILED, Instant.now().toString(), outcome,
                run.reportLocation(), null, null, null, document.totals(),
                document.errors()));
    }

    public TaskOutcome skipped(@Variable("taskFile") TaskFileRef task, @Variable("fingerprint") String fingerprint)
            throws IOException {
        LOG.info("Task {} is identical to one already published, from the same CSV and images; it is not run again",
                task);
        return finish(task, fingerprint, true, print -> {
            TaskOutcome previous = previousOutcome(task);
            return new TaskOutcome(task.toString(), TaskOutcome.SUCCEEDED, Instant.now().toString(), print,
                    previous.report(), null, "identical to a task published on " + previous.finished()
                    + ": not run again", null, previous.totals(), previous.errors());
        });
    }

    public TaskOutcome couldNotRun(@Variable("taskFile") TaskFileRef task,
                                   @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Throwable cause)
            throws IOException {
        return failed(task, cause.getMessage(), cause instanceof InvalidJobException invalid ? invalid.problems() : null);
    }

    /**
     * The task's last try ({@code tasks.max-tries}) left it pending too: it is given up, to failed/, rather than
     * tried forever.
     */
    public TaskOutcome gaveUp(@Variable("taskFile") TaskFileRef task, @Variable("taskTry") int tries,
                              @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Throwable cause) throws IOException {
        return failed(task, "Given up after " + tries + " tries in a row (" + SettingsRegistry.MAX_TRIES
                + "), none of which could finish the task; the last because S3 or AWS Batch was unavailable: "
                + cause.getMessage() + ". What the tries published is kept. Put the task file again to retry it "
                + "(from its first try) once the cause is fixed.", null);
    }

    private TaskOutcome failed(TaskFileRef task, String error, List<String> problems) throws IOException {
        LOG.warn("Task {} failed: {}", task, error);
        return finish(task, null, false, fingerprint -> new TaskOutcome(task.toString(), TaskOutcome.FAILED,
                Instant.now().toString(), fingerprint, null, null, error, problems, null, null));
    }

    /** Submitted to AWS Batch: the task goes to processed/ with the job ids, which say where to look next. */
    public TaskOutcome submitted(@Variable("taskFile") TaskFileRef task, @Variable("fingerprint") String fingerprint,
                                 @Body BatchSubmitter.Submitted jobs) throws IOException {
        LOG.info("Task {} submitted to AWS Batch as job(s) {}", task, jobs.jobIds());
        return finish(task, fingerprint, true, print -> new TaskOutcome(task.toString(), TaskOutcome.SUBMITTED,
                Instant.now().toString(), print, null, jobs.jobIds(), null, null, null, null));
    }

    private interface OutcomeOf {
        TaskOutcome with(String fingerprint) throws IOException;
    }

    /**
     * Moves the task file to processed/ or failed/ with its outcome beside it; the outcome is also the task event.
     *
     * @param fingerprint the task's, taken before it ran (see {@link #fingerprint}); null for one that could not be
     *                    read, whose file alone is fingerprinted
     */
    private TaskOutcome finish(TaskFileRef task, String fingerprint, boolean succeeded, OutcomeOf outcome)
            throws IOException {
        Storage bucket = bucket(task);
        byte[] content = bucket.read(task.key());
        String target = taskFiles.finishedKey(task.key(), succeeded);
        bucket.put(target, content, ContentTypes.JSON);
        TaskOutcome finished = outcome.with(fingerprint != null ? fingerprint : fingerprint(content, ""));
        bucket.put(target + OUTCOME_SUFFIX, IiifJson.write(finished), ContentTypes.JSON);
        bucket.delete(task.key());
        LOG.info("Task {} moved to {}", task, target);
        return finished;
    }

    private TaskOutcome previousOutcome(TaskFileRef task) throws IOException {
        return JSON.readValue(bucket(task).read(taskFiles.finishedKey(task.key(), true) + OUTCOME_SUFFIX),
                TaskOutcome.class);
    }

    private boolean reportExists(String report) throws IOException {
        return storages.exists(Location.parse(report));
    }

    private Storage bucket(TaskFileRef task) throws IOException {
        return storages.open(Location.s3(task.bucket(), ""));
    }

    static String fingerprint(byte[] content, String inputs) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(content);
            sha256.update(inputs.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
