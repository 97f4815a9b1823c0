package org.iiifgenerator.app;

import java.time.Duration;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyInject;
import org.iiifgenerator.aws.AwsClients;
import org.iiifgenerator.config.SettingsRegistry;
import org.iiifgenerator.dispatch.BatchDispatcher;
import org.iiifgenerator.dispatch.BatchSubmitter;
import org.iiifgenerator.dispatch.WorkerFunctionClient;
import org.iiifgenerator.dispatch.WorkerInvocations;
import org.iiifgenerator.storage.Storages;
import software.amazon.awssdk.services.batch.BatchClient;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** Work sent elsewhere: array jobs on AWS Batch and shares fanned out to Lambda workers. */
public class DispatchConfiguration implements CamelConfiguration {

    @PropertyInject(value = SettingsRegistry.AWS_REGION, defaultValue = "")
    private String awsRegion;

    @PropertyInject(value = SettingsRegistry.BATCH_ENDPOINT, defaultValue = "")
    private String batchEndpoint;

    @PropertyInject(value = SettingsRegistry.BATCH_MAX_ATTEMPTS, defaultValue = "3")
    private int batchMaxAttempts;

    @PropertyInject(value = SettingsRegistry.BATCH_ATTEMPTS, defaultValue = "2")
    private int batchAttempts;

    @PropertyInject(value = SettingsRegistry.BATCH_TIMEOUT_SECONDS, defaultValue = "86400")
    private int batchTimeoutSeconds;

    @PropertyInject(value = SettingsRegistry.SHARD_GB, defaultValue = "0")
    private double gigabytesPerShard;

    @PropertyInject(value = SettingsRegistry.WORKER_FUNCTION, defaultValue = "")
    private String workerFunction;

    @PropertyInject(value = SettingsRegistry.LAMBDA_ENDPOINT, defaultValue = "")
    private String lambdaEndpoint;

    @PropertyInject(value = SettingsRegistry.LAMBDA_MAX_ATTEMPTS, defaultValue = "3")
    private int lambdaMaxAttempts;

    @PropertyInject(value = SettingsRegistry.INVOCATION_TIMEOUT_SECONDS, defaultValue = "960")
    private long invocationTimeoutSeconds;

    /** The Batch client is made on first submission and closed with the dispatcher. */
    @BindToRegistry(destroyMethod = "close")
    public BatchDispatcher batchDispatcher(Storages storages) {
        return new BatchDispatcher(() -> AwsClients.client(BatchClient.builder(),
                AwsConfiguration.settings(awsRegion, batchEndpoint, false), batchMaxAttempts),
                new BatchSubmitter.Defaults(batchAttempts, batchTimeoutSeconds), storages, gigabytesPerShard);
    }

    @BindToRegistry
    public WorkerInvocations workerInvocations() {
        return new WorkerInvocations();
    }

    /**
     * camel-aws2-lambda autowires it; bound only where tasks are fanned out to Lambda workers, with a supplier
     * (Camel's lazy singleton) so the client is made on first use.
     */
    @Override
    public void configure(CamelContext camelContext) {
        if (!workerFunction.isBlank()) {
            camelContext.getRegistry().bind("workerFunctionClient", LambdaClient.class,
                    () -> WorkerFunctionClient.create(AwsConfiguration.settings(awsRegion, lambdaEndpoint, false),
                            lambdaMaxAttempts, Duration.ofSeconds(invocationTimeoutSeconds)));
        }
    }
}
