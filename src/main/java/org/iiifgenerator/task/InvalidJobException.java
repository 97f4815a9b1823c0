package org.iiifgenerator.task;

import java.util.List;

/**
 * A job that cannot start; the message lists every problem found, each naming its setting or file, on a line of
 * its own (one problem: one line).
 */
public class InvalidJobException extends RuntimeException {

    private final List<String> problems;

    public InvalidJobException(List<String> problems) {
        super(problems.size() == 1 ? "The job cannot start: " + problems.getFirst()
                : "The job cannot start:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidJobException(String problem) {
        this(List.of(problem));
    }

    /** A problem found by a failure, kept as the cause: an unavailable storage makes the job worth trying again. */
    public InvalidJobException(String problem, Throwable cause) {
        this(problem);
        initCause(cause);
    }

    public List<String> problems() {
        return problems;
    }
}
