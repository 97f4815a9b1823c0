package org.iiifgenerator.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/**
 * The queue depth gauges read what Camel holds: the task files handed to the task worker and not taken yet, with
 * no step of the worker's route counting them.
 */
class WorkWaitingTest {

    @Test
    void taskFilesWaitingAreThoseTheWorkerHasNotTakenYet() throws Exception {
        CountDownLatch finish = new CountDownLatch(1);
        CountDownLatch taken = new CountDownLatch(1);
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(WorkWaiting.TASK_FILES).process(exchange -> {
                        taken.countDown();
                        finish.await(10, TimeUnit.SECONDS);
                    });
                }
            });
            context.start();
            new WorkWaiting().bindTo(metrics, context);
            assertThat(metrics.get("iiif.tasks.waiting").gauge().value()).isZero();

            for (int file = 1; file <= 3; file++) {
                context.createProducerTemplate().sendBody(WorkWaiting.TASK_FILES + "?waitForTaskToComplete=Never",
                        "task-" + file + ".json");
            }
            assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(metrics.get("iiif.tasks.waiting").gauge().value()).as("the two after the one in hand")
                    .isEqualTo(2.0);
            assertThat(metrics.get("iiif.images.waiting").gauge().value()).as("no run in flight").isZero();
            finish.countDown();
        }
    }
}
