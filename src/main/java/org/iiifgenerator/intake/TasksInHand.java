package org.iiifgenerator.intake;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * The task bucket's poller hands the task files it lists over to the task worker and completes at once, and its
 * next poll begins only once every file handed over is done. A poll that waited for its tasks would keep the
 * container out of service while they run: Camel's health check of a polling consumer counts the polls that
 * failed (S3 unreachable) and forgets them only when a poll completes. Waiting for the files handed over keeps
 * one task at a time, in the order listed, and no file is handed over twice: a file whose read failed, or whose
 * task stays pending, is listed again by the next poll (see {@link NothingInProgress}).
 */
public final class TasksInHand implements PollingConsumerPollStrategy {

    private final AtomicInteger inHand = new AtomicInteger();

    /** The listed file goes to the worker; it is in hand until the worker's exchange is done, whatever its outcome. */
    public void handOver(Exchange exchange) {
        inHand.incrementAndGet();
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                inHand.decrementAndGet();
            }

            @Override
            public String toString() {
                return "TaskFileDone";
            }
        });
    }

    /** A poll that is skipped is no failure: the poller stays healthy while a task runs. */
    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        return inHand.get() == 0;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        // nothing to do: the files are in hand
    }

    /** As Camel's default: no retry within the poll; the failure is counted and logged, the next poll tries again. */
    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        return false;
    }
}
