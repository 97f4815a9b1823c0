package org.iiifgenerator.intake;

import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The task queue consumer's exception handler. An exchange that failed only so that the consumer keeps its message
 * for a later try of the task was reported in one line ({@link TaskTries#reported}); Camel would report it again,
 * twice, each time with a stack trace: here it is a DEBUG line. Every other failure is reported as Camel does.
 */
public final class PendingTaskFailures implements ExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PendingTaskFailures.class);

    private final TaskTries tries;
    private final ExceptionHandler others;

    /** @param others Camel's report of the other failures (its LoggingExceptionHandler, as for any consumer) */
    public PendingTaskFailures(TaskTries tries, ExceptionHandler others) {
        this.tries = tries;
        this.others = others;
    }

    @Override
    public void handleException(Throwable exception) {
        others.handleException(exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        others.handleException(message, exception);
    }

    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        if (exception instanceof Exception failure && tries.reported(failure)) {
            LOG.debug("{} {}: its task stays pending, as reported", message, exchange);
        } else {
            others.handleException(message, exchange, exception);
        }
    }
}
