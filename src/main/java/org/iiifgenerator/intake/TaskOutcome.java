package org.iiifgenerator.intake;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.iiifgenerator.report.RunReport;

/**
 * The document written beside a finished task file ({@code <name>.outcome.json}): whether it succeeded, and
 * either what the run published or why it could not run.
 *
 * @param fingerprint SHA-256 of the task file, to recognise the same task uploaded again
 * @param report      where the run's own report was published, when it ran
 * @param jobs        the AWS Batch job ids the task was submitted as (an array job's finalize job last)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"task", "status", "finished", "fingerprint", "report", "jobs", "error", "problems", "totals",
        "errors"})
public record TaskOutcome(String task, String status, String finished, String fingerprint, String report,
                          List<String> jobs, String error, List<String> problems, RunReport.Totals totals,
                          List<String> errors) {

    static final String SUCCEEDED = "succeeded";
    static final String SUBMITTED = "submitted";
    static final String FAILED = "failed";

    boolean succeeded() {
        return SUCCEEDED.equals(status);
    }

    /** Published, or handed over to AWS Batch: nothing went wrong so far. */
    public boolean ok() {
        return SUCCEEDED.equals(status) || SUBMITTED.equals(status);
    }
}
