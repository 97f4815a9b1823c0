package org.iiifgenerator.pipeline;

/**
 * The run ended before all its pages were done because the process was asked to stop. What it published is whole
 * and kept; running it again finishes it.
 */
public final class RunInterruptedException extends RuntimeException {

    public RunInterruptedException(String message) {
        super(message);
    }
}
