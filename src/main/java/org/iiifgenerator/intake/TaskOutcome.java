package org.iiifgenerator.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.iiifgenerator.report.RunReport;

/**
 * The document written beside a finished task file ({@code <name>.outcome.json}): whether it succeeded, and
 * either what the run published or why it could not run.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"task", "status", "finished", "error", "problems", "totals", "errors"})
public record TaskOutcome(String task, String status, String finished, String error, List<String> problems,
                          RunReport.Totals totals, List<String> errors) {
}
