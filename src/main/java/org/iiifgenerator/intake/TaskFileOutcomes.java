package org.iiifgenerator.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

/**
 * What became of each task file of an S3 event notification in route {@code created-task-files}: handled (its
 * route ended, the task submitted or run), failed (its route gave it up to failed/), left alone (no longer
 * waiting), or broken off with an exception. As a split without a strategy of its own, the first exception is the
 * split's, so that the queue consumer keeps a message whose task stays pending.
 */
public final class TaskFileOutcomes implements AggregationStrategy {

    /** The exchange variable holding the task file while its route handles it. */
    public static final String TASK_FILE = "createdTaskFile";

    /** The exchange variable that says whether the task file was still waiting in the task folder. */
    public static final String WAITING = "taskFileWaiting";

    /** The task files of one notification, in its order, by what became of them. */
    public record Outcomes(List<String> handled, List<String> failed, List<String> ignored,
                           Map<String, Exception> errors) {
        Outcomes() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new LinkedHashMap<>());
        }
    }

    @Override
    public Exchange aggregate(Exchange all, Exchange one) {
        Exchange result = all == null ? one : all;
        Outcomes outcomes = all == null ? new Outcomes() : all.getMessage().getBody(Outcomes.class);
        String task = String.valueOf(one.getVariable(TASK_FILE));
        if (one.getException() != null) {
            outcomes.errors().put(task, one.getException());
            if (result.getException() == null) {
                result.setException(one.getException());
            }
        } else if (!Boolean.TRUE.equals(one.getVariable(WAITING, Boolean.class))) {
            outcomes.ignored().add(task);
        } else if (one.getProperty(Exchange.EXCEPTION_CAUGHT) != null) {
            outcomes.failed().add(task);
        } else {
            outcomes.handled().add(task);
        }
        result.getMessage().setBody(outcomes);
        return result;
    }
}
