package org.iiifgenerator.task;

import java.util.List;

/**
 * A task file (or the environment of a Batch job) that cannot become a {@link TaskSpec}. Every problem is
 * prefixed with the task's source, so each line tells on its own which file and which field to fix.
 *
 * <p>It is an {@link InvalidJobException}: a task that cannot be read is a job that cannot start, so whatever
 * turns invalid jobs into exit code 2 (and a failed Batch job instead of a silent success) handles tasks too.
 */
public final class InvalidTaskException extends InvalidJobException {

    private final String source;

    public InvalidTaskException(String source, List<String> problems) {
        super(problems.stream().map(problem -> source + ": " + problem).toList());
        this.source = source;
    }

    public InvalidTaskException(String source, String problem) {
        this(source, List.of(problem));
    }

    public InvalidTaskException(String source, String problem, Throwable cause) {
        this(source, problem);
        initCause(cause);
    }

    /** Where the task came from: a file name, an S3 URI, or the process environment. */
    public String source() {
        return source;
    }
}
