package org.iiifgenerator.observe;

import java.time.Duration;
import java.util.function.Supplier;
import org.apache.camel.health.HealthCheckResultBuilder;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Readiness of the long-lived container: the task bucket answers. While S3 is unreachable (or refuses the
 * container's credentials) the container is kept out of service, though it stays alive, and its routes are
 * retried by the supervising route controller until S3 is back.
 */
public final class TaskBucketHealthCheck extends ServiceAnswersCheck {

    private final Supplier<S3Client> s3;
    private final String bucket;

    public TaskBucketHealthCheck(Supplier<S3Client> s3, String bucket, Duration timeout) {
        super("task-bucket", "The task bucket " + bucket, timeout);
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    protected void ask(HealthCheckResultBuilder builder) {
        builder.detail("bucket", bucket);
        s3.get().headBucket(request -> request.bucket(bucket)
                .overrideConfiguration(call -> call.apiCallTimeout(timeout)));
    }
}
