package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.camel.main.Main;
import org.apache.camel.spi.Registry;
import org.iiifgenerator.config.SettingsRegistry;
import org.iiifgenerator.storage.Storages;
import org.junit.jupiter.api.Test;

/**
 * The beans are bound under the names the routes use, once each, and the task container's and the Lambda fan-out's
 * beans only where those features are on.
 */
class BeanConfigurationsTest {

    private static final List<String> TASK_CONTAINER_ONLY = List.of("taskBucketClient", "taskQueueClient",
            "pendingTaskFailures", "taskBucketHealthCheck", "taskQueueHealthCheck");

    @Test
    void aLocalRunBindsThePipelineStepsButNoTaskContainerOrLambdaClients() throws Exception {
        withRegistry(Map.of(), registry -> {
            assertThat(List.of("storages", "runStop", "runLifecycle", "collectionPlanner", "imageServicePublisher",
                    "taskTries", "taskFiles", "jobFactory", "workWaiting", "batchDispatcher", "workerInvocations"))
                    .allSatisfy(name -> assertThat(registry.lookupByName(name)).as(name).isNotNull());
            assertThat(TASK_CONTAINER_ONLY).allSatisfy(
                    name -> assertThat(registry.lookupByName(name)).as(name).isNull());
            assertThat(registry.lookupByName("workerFunctionClient")).isNull();
            assertThat(registry.findByType(Storages.class)).hasSize(1);
        });
    }

    @Test
    void theTaskContainerAndTheLambdaFanOutBindTheirClientsAndChecks() throws Exception {
        withRegistry(Map.of(SettingsRegistry.INTAKE_ENABLED, "true",
                SettingsRegistry.TASKS_BUCKET, "tasks",
                SettingsRegistry.TASKS_QUEUE, "arn:aws:sqs:eu-west-1:000000000000:task-events",
                SettingsRegistry.WORKER_FUNCTION, "iiif-worker",
                SettingsRegistry.AWS_REGION, "eu-west-1"), registry -> {
                    assertThat(TASK_CONTAINER_ONLY).allSatisfy(
                            name -> assertThat(registry.lookupByName(name)).as(name).isNotNull());
                    assertThat(registry.lookupByName("workerFunctionClient")).isNotNull();
                    // Camel's lazy singleton: the consumer and the readiness check share one client.
                    assertThat(registry.lookupByName("taskQueueClient"))
                            .isSameAs(registry.lookupByName("taskQueueClient"));
                });
    }

    /** The registry as Camel Main leaves it once the configuration classes are loaded, before any route starts. */
    private static void withRegistry(Map<String, String> overrides, Consumer<Registry> check) throws Exception {
        Main main = PipelineRunner.application(overrides);
        try {
            main.init();
            check.accept(main.getCamelContext().getRegistry());
        } finally {
            main.stop();
        }
    }
}
