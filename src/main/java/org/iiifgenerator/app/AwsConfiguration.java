package org.iiifgenerator.app;

import java.net.URI;
import java.time.Duration;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyInject;
import org.iiifgenerator.aws.AwsClients;
import org.iiifgenerator.config.SettingsRegistry;
import org.iiifgenerator.storage.S3Storage;
import org.iiifgenerator.storage.Storages;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Local folders and S3 buckets, and the clients the task container's S3 and SQS consumers autowire. */
public class AwsConfiguration implements CamelConfiguration {

    /** The task queue's client: camel-aws2-sqs autowires it, the readiness check looks it up by this name. */
    static final String TASK_QUEUE_CLIENT = "taskQueueClient";

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

    /** The S3 clients exist only once something uses S3. */
    @BindToRegistry(destroyMethod = "close")
    public Storages storages() {
        return new Storages(() -> settings(awsRegion, awsEndpoint, awsPathStyle).withRetries(new AwsClients.Retries(
                s3MaxAttempts, Duration.ofSeconds(s3AttemptTimeoutSeconds), Duration.ofSeconds(s3CallTimeoutSeconds))),
                new S3Storage.Options(imageCacheControl, documentCacheControl, serverSideEncryption, kmsKeyId));
    }

    /**
     * The clients camel-aws2-s3 and camel-aws2-sqs autowire to hear of task files, bound only for the long-lived
     * container. Bound with a supplier, Camel's lazy singleton: made on first use, then the same one for every
     * user. The S3 client is the one S3 storage uses too.
     */
    @Override
    public void configure(CamelContext camelContext) {
        if (intakeEnabled) {
            Storages storages = camelContext.getRegistry().findSingleByType(Storages.class);
            camelContext.getRegistry().bind("taskBucketClient", S3Client.class, () -> storages.s3Clients().sync());
            camelContext.getRegistry().bind(TASK_QUEUE_CLIENT, SqsClient.class,
                    () -> AwsClients.sqs(settings(awsRegion, sqsEndpoint, false), sqsMaxAttempts));
        }
    }

    /** Region from configuration (or the SDK's chain when blank), an endpoint only for AWS look-alikes. */
    static AwsClients.Settings settings(String region, String endpoint, boolean pathStyle) {
        return new AwsClients.Settings(region.isBlank() ? null : region,
                endpoint.isBlank() ? null : URI.create(endpoint), pathStyle);
    }
}
