package org.iiifgenerator.intake;

import static org.iiifgenerator.config.SettingsRegistry.MAX_TRIES;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
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
 * from its first try. A task that stays pending is reported here in one line; the consumer that took it asks
 * {@link #reported} so as not to report it again (Camel's consumers add a stack trace).
 */
public final class TaskTries {

    private static final Logger LOG = LoggerFactory.getLogger(TaskTries.class);

    private record Count(String etag, int tries) {
    }

    private final int maxTries;
    private final Map<Location, Count> counts = new ConcurrentHashMap<>();
    /** The failures reported as leaving their task pending; held weakly, they go with their exchanges. */
    private final Set<Throwable> reported = Collections.synchronizedSet(Collections.newSetFromMap(
            new WeakHashMap<>()));

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
        report("Task " + task + " stays for a later try" + tries, cause);
    }

    /** The run was stopped (SIGTERM): the task stays pending for the container that starts next, whatever its try. */
    public void staysForTheNextContainer(@Variable("taskFile") TaskFileRef task,
                                         @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Throwable cause) {
        report("Task " + task + " stays pending for the container that starts next", cause);
    }

    /** One line for the operator; the stack trace only for a finer log level (--verbose). */
    private void report(String line, Throwable cause) {
        reported.add(cause);
        LOG.warn("{}: {}", line, cause.getMessage());
        LOG.debug("{}", line, cause);
    }

    /** Whether {@code failure} (the exchange's, or the one caught) is one that left its task pending, reported. */
    public boolean reported(Exception failure) {
        return failure != null && reported.contains(failure);
    }

    /** The task left the task folder (processed/ or failed/): put there again, it starts from its first try. */
    public void forget(@Variable("taskFile") TaskFileRef task) {
        counts.remove(task.location());
    }
}
