package org.iiifgenerator.app;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyInject;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.component.aws2.sqs.Sqs2Consumer;
import org.apache.camel.support.LoggingExceptionHandler;
import org.iiifgenerator.config.SettingsRegistry;
import org.iiifgenerator.intake.NothingInProgress;
import org.iiifgenerator.intake.PendingTaskFailures;
import org.iiifgenerator.intake.S3EventNotifications;
import org.iiifgenerator.intake.TaskFileOutcomes;
import org.iiifgenerator.intake.TaskFiles;
import org.iiifgenerator.intake.TaskIntake;
import org.iiifgenerator.intake.TaskOutcomes;
import org.iiifgenerator.intake.TaskSubmissions;
import org.iiifgenerator.intake.TaskTries;
import org.iiifgenerator.intake.TasksInHand;
import org.iiifgenerator.observe.TaskBucketHealthCheck;
import org.iiifgenerator.observe.TaskQueueHealthCheck;
import org.iiifgenerator.observe.WorkWaiting;
import org.iiifgenerator.storage.Storages;
import org.iiifgenerator.task.JobFactory;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Task files in and outcomes out: the jobs they hold, their tries, the container's health and heartbeat, and the
 * work-waiting gauges. Beans of another area (storages) come as method parameters, looked up by type.
 */
public class TaskIntakeConfiguration implements CamelConfiguration {

    @PropertyInject(value = SettingsRegistry.INTAKE_ENABLED, defaultValue = "false")
    private boolean intakeEnabled;

    @PropertyInject(value = SettingsRegistry.TASKS_PREFIX, defaultValue = "")
    private String taskPrefix;

    @PropertyInject(value = SettingsRegistry.TASKS_BUCKET, defaultValue = "")
    private String tasksBucket;

    @PropertyInject(value = SettingsRegistry.TASKS_QUEUE, defaultValue = "")
    private String tasksQueue;

    @PropertyInject(value = SettingsRegistry.MAX_TRIES, defaultValue = "10")
    private String maxTaskTries;

    @PropertyInject(value = SettingsRegistry.HEARTBEAT_FILE, defaultValue = "")
    private String heartbeatFile;

    @PropertyInject(value = SettingsRegistry.S3_HEALTH_TIMEOUT_SECONDS, defaultValue = "5")
    private int s3HealthTimeoutSeconds;

    @BindToRegistry
    public JobFactory jobFactory() {
        return new JobFactory();
    }

    @BindToRegistry
    public TaskFiles taskFiles() {
        return new TaskFiles(taskPrefix);
    }

    @BindToRegistry
    public TaskTries taskTries() {
        return TaskTries.configured(maxTaskTries);
    }

    @BindToRegistry
    public NothingInProgress nothingInProgress() {
        return new NothingInProgress();
    }

    @BindToRegistry
    public TasksInHand tasksInHand() {
        return new TasksInHand();
    }

    @BindToRegistry
    public TaskFileOutcomes taskFileOutcomes() {
        return new TaskFileOutcomes();
    }

    @BindToRegistry
    public S3EventNotifications s3EventNotifications() {
        return new S3EventNotifications();
    }

    @BindToRegistry
    public TaskIntake taskIntake(Storages storages, TaskFiles taskFiles, JobFactory jobFactory) {
        return new TaskIntake(storages, taskFiles, jobFactory, System.getenv());
    }

    @BindToRegistry
    public TaskSubmissions taskSubmissions(Storages storages, TaskFiles taskFiles) {
        return new TaskSubmissions(storages, taskFiles, tasksBucket);
    }

    @BindToRegistry
    public TaskOutcomes taskOutcomes(Storages storages, TaskFiles taskFiles) {
        return new TaskOutcomes(storages, taskFiles);
    }

    @BindToRegistry
    public Heartbeat heartbeat() {
        return new Heartbeat(heartbeatFile);
    }

    @BindToRegistry
    public WorkWaiting workWaiting() {
        return new WorkWaiting();
    }

    /**
     * The queue consumer's exceptionHandler, for the long-lived container only (a method answering null binds
     * nothing): a task that stays pending is reported once, by taskTries.
     */
    @BindToRegistry
    public PendingTaskFailures pendingTaskFailures(CamelContext camelContext, TaskTries taskTries) {
        return intakeEnabled
                ? new PendingTaskFailures(taskTries, new LoggingExceptionHandler(camelContext, Sqs2Consumer.class))
                : null;
    }

    @BindToRegistry
    public TaskBucketHealthCheck taskBucketHealthCheck(Storages storages) {
        if (!intakeEnabled || tasksBucket.isBlank()) {
            return null;
        }
        return new TaskBucketHealthCheck(() -> storages.s3Clients().sync(), tasksBucket,
                Duration.ofSeconds(s3HealthTimeoutSeconds));
    }

    /** In place of the queue consumer's own check (camel.health.exclude-pattern), on the consumer's client. */
    @BindToRegistry
    public TaskQueueHealthCheck taskQueueHealthCheck(CamelContext camelContext) {
        if (!intakeEnabled || tasksQueue.isBlank()) {
            return null;
        }
        return new TaskQueueHealthCheck(() -> camelContext.getRegistry()
                .lookupByNameAndType(AwsConfiguration.TASK_QUEUE_CLIENT, SqsClient.class),
                tasksQueue, Duration.ofSeconds(s3HealthTimeoutSeconds));
    }

    /** The queue depth gauges go on the metrics registry (camel.metrics.*), which exists once the context starts. */
    @Override
    public void configure(CamelContext camelContext) {
        try {
            camelContext.addStartupListener((context, alreadyStarted) -> {
                MeterRegistry metrics = context.getRegistry().findSingleByType(MeterRegistry.class);
                if (metrics != null) {
                    context.getRegistry().findSingleByType(WorkWaiting.class).bindTo(metrics, context);
                }
            });
        } catch (Exception e) {
            throw RuntimeCamelException.wrapRuntimeException(e);
        }
    }
}
