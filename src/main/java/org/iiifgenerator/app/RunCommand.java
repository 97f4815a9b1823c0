package org.iiifgenerator.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.iiifgenerator.config.SettingsRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Keep running and process task files as they arrive in the task bucket: by polling it, or "
                + "from the bucket's S3 event notifications on an SQS queue. Finished task files move to "
                + "processed/ or failed/ with an outcome document beside them."})
public final class RunCommand implements Callable<Integer> {

    @Mixin
    TaskBucketOptions tasks;

    @Option(names = "--tasks-queue", paramLabel = "QUEUE",
            description = "SQS queue (name or ARN) receiving the task bucket's S3 event notifications; "
                    + "without it the bucket is polled.")
    String queue;

    @Option(names = "--dispatch", paramLabel = "local|batch|lambda",
            description = "Where tasks are processed: here (local, default), as AWS Batch jobs (batch), or by a "
                    + "worker function per object (lambda, with --worker-function). A task's DISPATCH wins.")
    String dispatch;

    @Option(names = "--worker-function", paramLabel = "NAME|ARN",
            description = "The Lambda worker function for dispatch=lambda (dispatch.lambda.function).")
    String workerFunction;

    @Override
    public Integer call() {
        Map<String, String> keys = new LinkedHashMap<>();
        tasks.put(keys);
        PublishOptions.put(keys, SettingsRegistry.TASKS_QUEUE, queue);
        PublishOptions.put(keys, SettingsRegistry.DISPATCH, dispatch);
        PublishOptions.put(keys, SettingsRegistry.WORKER_FUNCTION, workerFunction);
        keys.put(SettingsRegistry.INTAKE_ENABLED, "true");
        return PipelineRunner.serve(keys, List.of(SettingsRegistry.TASKS_QUEUE, SettingsRegistry.TASKS_BUCKET),
                "Nothing to listen to: give --tasks-bucket (or tasks.bucket, TASKS_BUCKET) to poll a bucket, or "
                        + "--tasks-queue (tasks.queue, TASKS_QUEUE) for its S3 event notifications");
    }
}
