package org.iiifgenerator.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.batch.BatchClient;
import software.amazon.awssdk.services.batch.model.ArrayProperties;
import software.amazon.awssdk.services.batch.model.BatchException;
import software.amazon.awssdk.services.batch.model.ContainerOverrides;
import software.amazon.awssdk.services.batch.model.EvaluateOnExit;
import software.amazon.awssdk.services.batch.model.JobDependency;
import software.amazon.awssdk.services.batch.model.JobTimeout;
import software.amazon.awssdk.services.batch.model.KeyValuePair;
import software.amazon.awssdk.services.batch.model.RetryAction;
import software.amazon.awssdk.services.batch.model.RetryStrategy;
import software.amazon.awssdk.services.batch.model.SubmitJobRequest;

/**
 * Submits a task to AWS Batch instead of running it here: one job, or, for a task split into shards, an array
 * job whose children each tile their share and a finalize job that depends on all of them and builds the
 * collection. The task's settings travel as the job's environment, as the one-shot mode reads them.
 */
public final class BatchSubmitter {

    /** The container commands of the image, as `iiif-generator <command>`. */
    public static final List<String> RUN_COMMAND = List.of("batch");
    public static final List<String> FINALIZE_COMMAND = List.of("finalize");

    /**
     * When AWS Batch tries a failed job again. A submission's retry strategy replaces the job definition's, so
     * the rules travel with every job (and the job definition states the same ones): exit code 1 (images failed,
     * a shard missing) and 2 (invalid task) would fail again; a lost host (Spot capacity reclaimed) or a run that
     * broke off (exit code 3, or killed) may well succeed.
     */
    public static final List<EvaluateOnExit> RETRY_RULES = List.of(
            EvaluateOnExit.builder().onStatusReason("Host EC2*").action(RetryAction.RETRY).build(),
            EvaluateOnExit.builder().onExitCode("2").action(RetryAction.EXIT).build(),
            EvaluateOnExit.builder().onExitCode("1").action(RetryAction.EXIT).build());

    private final BatchClient batch;
    private final Defaults defaults;

    /**
     * @param attempts       how often AWS Batch tries a job (1 to 10)
     * @param timeoutSeconds how long one attempt may take before AWS Batch stops it (at least 60)
     */
    public record Defaults(int attempts, int timeoutSeconds) {

        public Defaults {
            if (attempts < 1 || attempts > 10) {
                throw new IllegalArgumentException("AWS Batch tries a job 1 to 10 times, not " + attempts);
            }
            if (timeoutSeconds < 60) {
                throw new IllegalArgumentException("AWS Batch timeouts are at least 60 seconds, not " + timeoutSeconds);
            }
        }
    }

    /** What was submitted: the job ids, the run's job first. */
    public record Submitted(List<String> jobIds) {
    }

    public BatchSubmitter(BatchClient batch, Defaults defaults) {
        this.batch = batch;
        this.defaults = defaults;
    }

    /**
     * @param environment the task's settings, in the names the one-shot mode reads
     * @param shards      1 for one job; more for an array job of that size plus a finalize job
     */
    public Submitted submit(String jobName, String jobQueue, String jobDefinition, Map<String, String> environment,
                            int shards) throws DispatchException {
        if (shards < 1) {
            throw new IllegalArgumentException("A task runs on at least one shard, not " + shards);
        }
        List<String> ids = new ArrayList<>();
        SubmitJobRequest.Builder run = request(BatchJobName.of(jobName), jobQueue, jobDefinition, environment,
                RUN_COMMAND);
        if (shards > 1) {
            run.arrayProperties(ArrayProperties.builder().size(shards).build());
        }
        ids.add(call(run.build()));
        if (shards > 1) {
            ids.add(call(request(BatchJobName.finalizeOf(jobName), jobQueue, jobDefinition, environment,
                    FINALIZE_COMMAND).dependsOn(JobDependency.builder().jobId(ids.getFirst()).build()).build()));
        }
        return new Submitted(List.copyOf(ids));
    }

    private SubmitJobRequest.Builder request(String name, String queue, String definition,
                                             Map<String, String> environment, List<String> command) {
        List<KeyValuePair> variables = environment.entrySet().stream()
                .map(e -> KeyValuePair.builder().name(e.getKey()).value(e.getValue()).build()).toList();
        return SubmitJobRequest.builder()
                .jobName(name)
                .jobQueue(queue)
                .jobDefinition(definition)
                .containerOverrides(ContainerOverrides.builder().command(command).environment(variables).build())
                .retryStrategy(RetryStrategy.builder().attempts(defaults.attempts()).evaluateOnExit(RETRY_RULES).build())
                .timeout(JobTimeout.builder().attemptDurationSeconds(defaults.timeoutSeconds()).build());
    }

    /**
     * Submits one job. The SDK has already retried throttling and server errors with backoff; what still fails is
     * either refused (the task cannot be submitted as it is) or unavailable (try the task again later).
     */
    private String call(SubmitJobRequest request) throws DispatchException {
        try {
            return batch.submitJob(request).jobId();
        } catch (BatchException e) {
            String reason = e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null
                    ? e.awsErrorDetails().errorMessage() : e.getMessage();
            String message = "AWS Batch " + (e.isThrottlingException() || e.statusCode() >= 500
                    ? "could not take" : "refused") + " job '" + request.jobName() + "' (queue " + request.jobQueue()
                    + ", definition " + request.jobDefinition() + "): " + reason;
            throw e.isThrottlingException() || e.statusCode() >= 500 ? new DispatchUnavailableException(message, e)
                    : new DispatchException(message, e);
        } catch (SdkException e) {
            throw new DispatchUnavailableException("AWS Batch could not be reached to submit job '"
                    + request.jobName() + "': " + e.getMessage(), e);
        }
    }

    /** A submission AWS Batch refused; the message says which job and why. The task must change to succeed. */
    public static class DispatchException extends Exception {

        DispatchException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * AWS Batch was unreachable, throttled or failed on its side even after the SDK's retries: the task is fine
     * and is tried again later (it stays in the task bucket, or its message in the queue).
     */
    public static final class DispatchUnavailableException extends DispatchException {

        DispatchUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
