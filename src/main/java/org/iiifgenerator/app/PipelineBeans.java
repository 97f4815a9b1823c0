package org.iiifgenerator.app;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Duration;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyInject;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.component.aws2.sqs.Sqs2Consumer;
import org.apache.camel.support.LoggingExceptionHandler;
import org.iiifgenerator.aws.AwsClients;
import org.iiifgenerator.config.Settings;
import org.iiifgenerator.config.SettingsRegistry;
import org.iiifgenerator.dispatch.BatchDispatcher;
import org.iiifgenerator.dispatch.BatchSubmitter;
import org.iiifgenerator.dispatch.WorkerFunctionClient;
import org.iiifgenerator.dispatch.WorkerInvocations;
import org.iiifgenerator.events.ExtensionEvents;
import org.iiifgenerator.intake.NothingInProgress;
import org.iiifgenerator.intake.PendingTaskFailures;
import org.iiifgenerator.intake.TasksInHand;
import org.iiifgenerator.intake.S3EventNotifications;
import org.iiifgenerator.intake.TaskFileOutcomes;
import org.iiifgenerator.intake.TaskFiles;
import org.iiifgenerator.intake.TaskIntake;
import org.iiifgenerator.intake.TaskOutcomes;
import org.iiifgenerator.intake.TaskSubmissions;
import org.iiifgenerator.intake.TaskTries;
import org.iiifgenerator.observe.TaskBucketHealthCheck;
import org.iiifgenerator.observe.TaskQueueHealthCheck;
import org.iiifgenerator.observe.WorkWaiting;
import org.iiifgenerator.pipeline.CollectionPlanner;
import org.iiifgenerator.members.ObjectRemoval;
import org.iiifgenerator.pipeline.CollectionPublisher;
import org.iiifgenerator.pipeline.ExtraMetadata;
import org.iiifgenerator.pipeline.FailureRecorder;
import org.iiifgenerator.pipeline.ImageServicePublisher;
import org.iiifgenerator.pipeline.LegacyRecords;
import org.iiifgenerator.pipeline.ManifestPublisher;
import org.iiifgenerator.pipeline.ObjectNaming;
import org.iiifgenerator.pipeline.PageTiling;
import org.iiifgenerator.pipeline.PublishedImages;
import org.iiifgenerator.pipeline.RunLifecycle;
import org.iiifgenerator.pipeline.RunStop;
import org.iiifgenerator.pipeline.ShardMerger;
import org.iiifgenerator.pipeline.ShardRecords;
import org.iiifgenerator.source.ImageSources;
import org.iiifgenerator.storage.S3Storage;
import org.iiifgenerator.storage.Storages;
import org.iiifgenerator.task.JobFactory;
import org.iiifgenerator.tiling.VipsPageCounter;
import org.iiifgenerator.vips.Vips;
import software.amazon.awssdk.services.batch.BatchClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The beans the YAML routes call, by the names the routes use. */
public class PipelineBeans implements CamelConfiguration {

    @PropertyInject(value = SettingsRegistry.VIPS_CONCURRENCY, defaultValue = "0")
    private int vipsConcurrency;

    @PropertyInject(value = SettingsRegistry.PARALLEL_UPLOADS, defaultValue = SettingsRegistry.PARALLEL_UPLOADS_DEFAULT)
    private int parallelUploads;

    @PropertyInject(value = SettingsRegistry.IDENTIFIER_STEP, defaultValue = "")
    private String identifierStep;

    @PropertyInject(value = SettingsRegistry.TASKS_PREFIX, defaultValue = "")
    private String taskPrefix;

    @PropertyInject(value = SettingsRegistry.TASKS_BUCKET, defaultValue = "")
    private String tasksBucket;

    @PropertyInject(value = SettingsRegistry.TASKS_QUEUE, defaultValue = "")
    private String tasksQueue;

    @PropertyInject(value = SettingsRegistry.MAX_TRIES, defaultValue = "10")
    private String maxTaskTries;

    @PropertyInject(value = SettingsRegistry.INTAKE_ENABLED, defaultValue = "false")
    private boolean intakeEnabled;

    @PropertyInject(value = SettingsRegistry.AWS_REGION, defaultValue = "")
    private String awsRegion;

    @PropertyInject(value = SettingsRegistry.AWS_ENDPOINT, defaultValue = "")
    private String awsEndpoint;

    @PropertyInject(value = SettingsRegistry.SQS_ENDPOINT, defaultValue = "")
    private String sqsEndpoint;

    @PropertyInject(value = SettingsRegistry.PATH_STYLE, defaultValue = "false")
    private boolean awsPathStyle;

    @PropertyInject(value = SettingsRegistry.CACHE_CONTROL_IMAGES, defaultValue = "")
    private String imageCacheControl;

    @PropertyInject(value = SettingsRegistry.CACHE_CONTROL_JSON, defaultValue = "")
    private String documentCacheControl;

    @PropertyInject(value = SettingsRegistry.S3_SSE, defaultValue = "")
    private String serverSideEncryption;

    @PropertyInject(value = SettingsRegistry.S3_KMS_KEY_ID, defaultValue = "")
    private String kmsKeyId;

    @PropertyInject(value = SettingsRegistry.S3_MAX_ATTEMPTS, defaultValue = "8")
    private int s3MaxAttempts;

    @PropertyInject(value = SettingsRegistry.S3_ATTEMPT_TIMEOUT_SECONDS, defaultValue = "120")
    private int s3AttemptTimeoutSeconds;

    @PropertyInject(value = SettingsRegistry.S3_CALL_TIMEOUT_SECONDS, defaultValue = "600")
    private int s3CallTimeoutSeconds;

    @PropertyInject(value = SettingsRegistry.SQS_MAX_ATTEMPTS, defaultValue = "8")
    private int sqsMaxAttempts;

    @PropertyInject(value = SettingsRegistry.BATCH_ENDPOINT, defaultValue = "")
    private String batchEndpoint;

    @PropertyInject(value = SettingsRegistry.BATCH_MAX_ATTEMPTS, defaultValue = "3")
    private int batchMaxAttempts;

    @PropertyInject(value = SettingsRegistry.LAMBDA_ENDPOINT, defaultValue = "")
    private String lambdaEndpoint;

    @PropertyInject(value = SettingsRegistry.LAMBDA_MAX_ATTEMPTS, defaultValue = "3")
    private int lambdaMaxAttempts;

    @PropertyInject(value = SettingsRegistry.INVOCATION_TIMEOUT_SECONDS, defaultValue = "960")
    private long invocationTimeoutSeconds;

    @PropertyInject(value = SettingsRegistry.BATCH_ATTEMPTS, defaultValue = "2")
    private int batchAttempts;

    @PropertyInject(value = SettingsRegistry.BATCH_TIMEOUT_SECONDS, defaultValue = "86400")
    private int batchTimeoutSeconds;

    @PropertyInject(value = SettingsRegistry.SHARD_GB, defaultValue = "0")
    private double gigabytesPerShard;

    @PropertyInject(value = SettingsRegistry.WORKER_FUNCTION, defaultValue = "")
    private String workerFunction;

    @PropertyInject(value = SettingsRegistry.HEARTBEAT_FILE, defaultValue = "")
    private String heartbeatFile;

    @PropertyInject(value = SettingsRegistry.S3_HEALTH_TIMEOUT_SECONDS, defaultValue = "5")
    private int s3HealthTimeoutSeconds;

    @PropertyInject(value = SettingsRegistry.SHUTDOWN_TIMEOUT_SECONDS, defaultValue = "20")
    private int shutdownTimeoutSeconds;

    private Storages storages;
    private RunStop runStop;
    private ManifestPublisher manifestPublisher;
    private WorkWaiting workWaiting;
    private SqsClient taskQueueClient;
    private TaskTries taskTries;

    @Override
    public void configure(CamelContext camelContext) {
        // Before the thread pools and libvips take them: a bad value is the user's to fix (exit code 2).
        JobFactory.checkResources(JobFactory.configuration(camelContext));
        Vips.init(vipsConcurrency);
        bindQueueDepthMetrics(camelContext);
        if (intakeEnabled) {
            bindTaskClients(camelContext);
        }
        if (!workerFunction.isBlank()) {
            // camel-aws2-lambda autowires it; bound only where tasks are fanned out to Lambda workers.
            camelContext.getRegistry().bind("workerFunctionClient", LambdaClient.class,
                    () -> WorkerFunctionClient.create(awsSettings(lambdaEndpoint, false), lambdaMaxAttempts,
                            Duration.ofSeconds(invocationTimeoutSeconds)));
        }
    }

    /** On the metrics registry (camel.metrics.*), which exists once the context has started. */
    private void bindQueueDepthMetrics(CamelContext camelContext) {
        try {
            camelContext.addStartupListener((context, alreadyStarted) -> {
                MeterRegistry metrics = context.getRegistry().findSingleByType(MeterRegistry.class);
                if (metrics != null) {
                    workWaiting().bindTo(metrics, context);
                }
            });
        } catch (Exception e) {
            throw RuntimeCamelException.wrapRuntimeException(e);
        }
    }

    /** Local folders and S3 buckets; the S3 clients exist only once something uses S3. */
    @BindToRegistry(destroyMethod = "close")
    public Storages storages() {
        if (storages == null) {
            storages = new Storages(() -> awsSettings(awsEndpoint, awsPathStyle).withRetries(new AwsClients.Retries(
                    s3MaxAttempts, Duration.ofSeconds(s3AttemptTimeoutSeconds), Duration.ofSeconds(s3CallTimeoutSeconds))),
                    new S3Storage.Options(imageCacheControl, documentCacheControl, serverSideEncryption, kmsKeyId));
        }
        return storages;
    }

    /**
     * The clients camel-aws2-s3 and camel-aws2-sqs autowire to hear of task files, bound only for the long-lived
     * container and made on first use: the S3 client is the one S3 storage uses too.
     */
    private void bindTaskClients(CamelContext camelContext) {
        camelContext.getRegistry().bind("taskBucketClient", S3Client.class,
                () -> storages().s3Clients().sync());
        camelContext.getRegistry().bind("taskQueueClient", SqsClient.class, this::taskQueueClient);
        // The queue consumer's exceptionHandler: a task that stays pending is reported once, by taskTries.
        camelContext.getRegistry().bind("pendingTaskFailures", new PendingTaskFailures(taskTries(),
                new LoggingExceptionHandler(camelContext, Sqs2Consumer.class)));
        if (!tasksBucket.isBlank()) {
            camelContext.getRegistry().bind("taskBucketHealthCheck", new TaskBucketHealthCheck(
                    () -> storages().s3Clients().sync(), tasksBucket, Duration.ofSeconds(s3HealthTimeoutSeconds)));
        }
        if (!tasksQueue.isBlank()) {
            // In place of the queue consumer's own check (camel.health.exclude-pattern).
            camelContext.getRegistry().bind("taskQueueHealthCheck", new TaskQueueHealthCheck(
                    this::taskQueueClient, tasksQueue, Duration.ofSeconds(s3HealthTimeoutSeconds)));
        }
    }

    /** One SQS client for the queue consumer and the readiness check, made on first use. */
    private synchronized SqsClient taskQueueClient() {
        if (taskQueueClient == null) {
            taskQueueClient = AwsClients.sqs(awsSettings(sqsEndpoint, false), sqsMaxAttempts);
        }
        return taskQueueClient;
    }

    /** Region from configuration (or the SDK's chain when blank), an endpoint only for AWS look-alikes. */
    private AwsClients.Settings awsSettings(String endpoint, boolean pathStyle) {
        return new AwsClients.Settings(awsRegion.isBlank() ? null : awsRegion,
                endpoint.isBlank() ? null : URI.create(endpoint), pathStyle);
    }

    @BindToRegistry
    public WorkWaiting workWaiting() {
        if (workWaiting == null) {
            workWaiting = new WorkWaiting();
        }
        return workWaiting;
    }

    @BindToRegistry
    public ExtraMetadata extraMetadata() {
        return new ExtraMetadata();
    }

    @BindToRegistry
    public ExtensionEvents extensionEvents() {
        return new ExtensionEvents();
    }

    @BindToRegistry
    public JobFactory jobFactory() {
        return new JobFactory();
    }

    @BindToRegistry
    public RunLifecycle runLifecycle() {
        return new RunLifecycle(storages(), new ImageSources(storages()), runStop());
    }

    /** Asked to stop by SIGTERM or Ctrl-C (see StopSignals). */
    @BindToRegistry
    public RunStop runStop() {
        if (runStop == null) {
            if (shutdownTimeoutSeconds < 1) {
                throw new Settings.SettingException(SettingsRegistry.SHUTDOWN_TIMEOUT_SECONDS,
                        "must be at least 1, not " + shutdownTimeoutSeconds);
            }
            runStop = new RunStop(Duration.ofSeconds(shutdownTimeoutSeconds));
        }
        return runStop;
    }

    @BindToRegistry
    public CollectionPlanner collectionPlanner() {
        return new CollectionPlanner(new VipsPageCounter(), storages());
    }

    @BindToRegistry
    public ObjectNaming objectNaming() {
        return new ObjectNaming(identifierStep);
    }

    @BindToRegistry
    public LegacyRecords legacyRecords() {
        return new LegacyRecords();
    }

    @BindToRegistry
    public PublishedImages publishedImages() {
        return new PublishedImages();
    }

    @BindToRegistry
    public PageTiling pageTiling() {
        return new PageTiling();
    }

    @BindToRegistry
    public ImageServicePublisher imageServicePublisher() {
        return new ImageServicePublisher(parallelUploads);
    }

    @BindToRegistry
    public ManifestPublisher manifestPublisher() {
        if (manifestPublisher == null) {
            manifestPublisher = new ManifestPublisher();
        }
        return manifestPublisher;
    }

    @BindToRegistry
    public ShardRecords shardRecords() {
        return new ShardRecords();
    }

    @BindToRegistry
    public ShardMerger shardMerger() {
        return new ShardMerger();
    }

    @BindToRegistry(destroyMethod = "close")
    public BatchDispatcher batchDispatcher() {
        return new BatchDispatcher(() -> AwsClients.client(BatchClient.builder(), awsSettings(batchEndpoint, false),
                batchMaxAttempts),
                new BatchSubmitter.Defaults(batchAttempts, batchTimeoutSeconds), storages(), gigabytesPerShard);
    }

    @BindToRegistry
    public Heartbeat heartbeat() {
        return new Heartbeat(heartbeatFile);
    }

    @BindToRegistry
    public WorkerInvocations workerInvocations() {
        return new WorkerInvocations();
    }

    @BindToRegistry
    public CollectionPublisher collectionPublisher() {
        return new CollectionPublisher();
    }

    @BindToRegistry
    public FailureRecorder failureRecorder() {
        return new FailureRecorder();
    }

    @BindToRegistry
    public TaskFiles taskFiles() {
        return new TaskFiles(taskPrefix);
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
    public TaskIntake taskIntake() {
        return new TaskIntake(storages(), taskFiles(), jobFactory(), System.getenv());
    }

    @BindToRegistry
    public TaskSubmissions taskSubmissions() {
        return new TaskSubmissions(storages(), taskFiles(), tasksBucket);
    }

    @BindToRegistry
    public TaskTries taskTries() {
        if (taskTries == null) {
            taskTries = TaskTries.configured(maxTaskTries);
        }
        return taskTries;
    }

    @BindToRegistry
    public ObjectRemoval objectRemoval() {
        return new ObjectRemoval(storages());
    }

    @BindToRegistry
    public TaskOutcomes taskOutcomes() {
        return new TaskOutcomes(storages(), taskFiles());
    }
}
