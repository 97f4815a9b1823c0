package org.iiifgenerator.observe;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Readiness of the long-lived container: the task bucket answers. While S3 is unreachable (or refuses the
 * container's credentials) the container is kept out of service, though it stays alive, and its routes are
 * retried by the supervising route controller until S3 is back.
 */
public final class TaskBucketHealthCheck extends AbstractHealthCheck {

    private final Supplier<S3Client> s3;
    private final String bucket;
    private final Duration timeout;

    public TaskBucketHealthCheck(Supplier<S3Client> s3, String bucket, Duration timeout) {
        super("iiif-generator", "task-bucket");
        this.s3 = s3;
        this.bucket = bucket;
        this.timeout = timeout;
    }

    @Override
    public boolean isLiveness() {
        // A restart would not bring S3 back: only readiness depends on it.
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("bucket", bucket);
        try {
            s3.get().headBucket(request -> request.bucket(bucket)
                    .overrideConfiguration(call -> call.apiCallTimeout(timeout)));
            builder.up();
        } catch (SdkException e) {
            builder.message("The task bucket " + bucket + " does not answer: " + e.getMessage()).error(e).down();
        }
    }
}
