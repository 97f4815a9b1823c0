package org.iiifgenerator.observe;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.iiifgenerator.pipeline.Run;

/**
 * The queue depth metrics: task files the last poll of the task bucket listed and the container has not taken
 * yet, and pages planned by the runs in progress and not yet done.
 */
public final class WorkWaiting {

    private final AtomicInteger taskFiles = new AtomicInteger();
    private final Set<Run> runs = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean bound = new AtomicBoolean();

    /** A poll's task files are taken one by one: those after this one are still waiting. */
    public void taskFileTaken(@ExchangeProperty(Exchange.BATCH_SIZE) int listed,
                              @ExchangeProperty(Exchange.BATCH_INDEX) int index) {
        taskFiles.set(listed - index - 1);
    }

    public void runStarted(@ExchangeProperty(Run.PROPERTY) Run run) {
        runs.add(run);
    }

    public void runEnded(@ExchangeProperty(Run.PROPERTY) Run run) {
        if (run != null) {
            runs.remove(run);
        }
    }

    int taskFilesWaiting() {
        return taskFiles.get();
    }

    int imagesWaiting() {
        return runs.stream().mapToInt(Run::imagesWaiting).sum();
    }

    /** Registers the gauges, once (the context may tell of its start more than once). */
    public void bindTo(MeterRegistry registry) {
        if (!bound.compareAndSet(false, true)) {
            return;
        }
        Gauge.builder("iiif.tasks.waiting", this, WorkWaiting::taskFilesWaiting)
                .description("Task files listed by the last poll of the task bucket and not taken yet")
                .register(registry);
        Gauge.builder("iiif.images.waiting", this, WorkWaiting::imagesWaiting)
                .description("Pages planned by the runs in progress and not done yet")
                .register(registry);
    }
}
