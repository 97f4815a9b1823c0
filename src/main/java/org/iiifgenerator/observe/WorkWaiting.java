package org.iiifgenerator.observe;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.component.seda.SedaEndpoint;
import org.apache.camel.spi.InflightRepository;
import org.iiifgenerator.pipeline.Run;

/**
 * The queue depth metrics: task files the last poll of the task bucket handed over and the container has not taken
 * yet, and pages planned by the runs in progress and not yet done. Both are read from what Camel holds when the
 * gauges are sampled (the task worker's seda queue, the exchanges in flight and their runs), so that no pipeline
 * step keeps count for them.
 */
public final class WorkWaiting {

    /** The queue between the task bucket's poller and the task worker (routes intake-task-bucket, task-bucket-worker). */
    static final String TASK_FILES = "seda:task-bucket-files";

    private final AtomicBoolean bound = new AtomicBoolean();
    private volatile CamelContext context;

    int taskFilesWaiting() {
        Endpoint endpoint = context.hasEndpoint(TASK_FILES);
        return endpoint instanceof SedaEndpoint queue ? queue.getCurrentQueueSize() : 0;
    }

    int imagesWaiting() {
        return context.getInflightRepository().browse().stream()
                .map(inflight -> inflight.getExchange().getProperty(Run.PROPERTY, Run.class))
                .filter(Objects::nonNull).distinct().mapToInt(Run::imagesWaiting).sum();
    }

    /** Registers the gauges, once (the context may tell of its start more than once). */
    public void bindTo(MeterRegistry registry, CamelContext context) {
        if (!bound.compareAndSet(false, true)) {
            return;
        }
        this.context = context;
        // The runs in progress are found among the exchanges in flight.
        InflightRepository inflight = context.getInflightRepository();
        inflight.setInflightBrowseEnabled(true);
        Gauge.builder("iiif.tasks.waiting", this, WorkWaiting::taskFilesWaiting)
                .description("Task files listed by the last poll of the task bucket and not taken yet")
                .register(registry);
        Gauge.builder("iiif.images.waiting", this, WorkWaiting::imagesWaiting)
                .description("Pages planned by the runs in progress and not done yet")
                .register(registry);
    }
}
