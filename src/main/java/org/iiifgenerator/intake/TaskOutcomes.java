package org.iiifgenerator.intake;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Variable;
import org.iiifgenerator.iiif.IiifJson;
import org.iiifgenerator.report.RunReport;
import org.iiifgenerator.storage.ContentTypes;
import org.iiifgenerator.storage.Location;
import org.iiifgenerator.storage.Storage;
import org.iiifgenerator.storage.Storages;
import org.iiifgenerator.task.InvalidJobException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a finished task file out of the way, to {@code processed/} when everything was published or to
 * {@code failed/} otherwise, with an outcome document beside it. The original is deleted last: a crash before
 * that leaves the task where the next poll finds it again, so a task is never lost.
 */
public final class TaskOutcomes {

    private static final Logger LOG = LoggerFactory.getLogger(TaskOutcomes.class);
    static final String OUTCOME_SUFFIX = ".outcome.json";

    private final Storages storages;
    private final TaskFiles taskFiles;

    public TaskOutcomes(Storages storages, TaskFiles taskFiles) {
        this.storages = storages;
        this.taskFiles = taskFiles;
    }

    public void ran(@Variable("taskFile") TaskFileRef task, @Body RunReport report) throws IOException {
        RunReport.Document document = report.document();
        boolean succeeded = !report.hasFailures();
        finish(task, succeeded, new TaskOutcome(task.toString(), succeeded ? "succeeded" : "failed",
                Instant.now().toString(), null, null, document.totals(), document.errors()));
    }

    public void couldNotRun(@Variable("taskFile") TaskFileRef task,
                            @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Throwable cause) throws IOException {
        List<String> problems = cause instanceof InvalidJobException invalid ? invalid.problems() : null;
        LOG.warn("Task {} failed: {}", task, cause.getMessage());
        finish(task, false, new TaskOutcome(task.toString(), "failed", Instant.now().toString(),
                cause.getMessage(), problems, null, null));
    }

    private void finish(TaskFileRef task, boolean succeeded, TaskOutcome outcome) throws IOException {
        Storage bucket = storages.open(Location.s3(task.bucket(), ""));
        String target = taskFiles.finishedKey(task.key(), succeeded);
        bucket.put(target, bucket.read(task.key()), ContentTypes.JSON);
        bucket.put(target + OUTCOME_SUFFIX, IiifJson.write(outcome), ContentTypes.JSON);
        bucket.delete(task.key());
        LOG.info("Task {} moved to {}", task, target);
    }
}
