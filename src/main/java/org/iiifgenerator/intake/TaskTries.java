package org.iiifgenerator.intake;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Variable;
import org.iiifgenerator.config.Settings;
import org.iiifgenerator.storage.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the tries in a row each pending task file has had in this container without being finished (moved to
 * processed/ or failed/): tries that S3 or AWS Batch being unavailable left it pending for a later try. On its
 * last try ({@code tasks.max-tries}) such a task is given up instead, so that one whose source always fails is not
 * tried forever. A task file is counted in the version it was found in (its ETag): put again with other content,
 * it starts from its first try. The counts live in this process only; a restarted container starts every task
 * from its first try.
 */
public final class TaskTries {

    public static final String MAX_TRIES = "tasks.max-tries";
    private static final Logger LOG = LoggerFactory.getLogger(TaskTries.class);

    private record Count(String etag, int tries) {
    }

    private final int maxTries;
    private final Map<Location, Count> counts = new ConcurrentHashMap<>();

    /** @param maxTries the tries a task is given; 0 for no end */
    public TaskTries(int maxTries) {
        if (maxTries < 0) {
            throw new Settings.SettingException(MAX_TRIES, "must be 0 (no end) or more tries, not " + maxTries);
        }
        this.maxTries = maxTries;
    }

    /** The tries {@code tasks.max-tries} gives a task: a whole number, 0 or empty for no end. */
    public static TaskTries configured(String maxTries) {
        if (maxTries == null || maxTries.isBlank()) {
            return new TaskTries(0);
        }
        try {
            return new TaskTries(Integer.parseInt(maxTries.strip()));
        } catch (NumberFormatException e) {
            throw new Settings.SettingException(MAX_TRIES, "must be a whole number of tries (0 or empty for no "
                    + "end), not '" + maxTries + "'");
        }
    }

    /** A try of the task starts; @return its number: 1 unless earlier tries of this version left it pending */
    public int started(@Variable("taskFile") TaskFileRef task) {
        return counts.compute(task.location(), (file, count) -> count != null
                && Objects.equals(count.etag(), task.etag()) ? new Count(task.etag(), count.tries() + 1)
                : new Count(task.etag(), 1)).tries();
    }

    /** Whether the try in progress is the task's last: false for a task not counted here, and with no end. */
    public boolean lastTry(@Variable("taskTry") Integer taskTry) {
        return maxTries > 0 && taskTry != null && taskTry >= maxTries;
    }

    /** The task stays pending for a later try, of how many it has, when it is counted. */
    public void stays(@Variable("taskFile") TaskFileRef task, @Variable("taskTry") Integer taskTry,
                      @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Throwable cause) {
        String tries = taskTry == null ? "" : maxTries > 0 ? " (try " + taskTry + " of " + maxTries + ")"
                : " (try " + taskTry + ")";
        LOG.warn("Task {} stays for a later try{}: {}", task, tries, cause.getMessage());
    }

    /** The task left the task folder (processed/ or failed/): put there again, it starts from its first try. */
    public void forget(@Variable("taskFile") TaskFileRef task) {
        counts.remove(task.location());
    }
}
