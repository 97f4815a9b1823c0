package org.iiifgenerator.observe;

import java.time.Duration;
import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Readiness that depends on an AWS service answering now: DOWN, naming what does not answer and why, while it does
 * not. Never liveness: a restart would not bring the service back.
 */
abstract class ServiceAnswersCheck extends AbstractHealthCheck {

    /** How long one question may take. */
    protected final Duration timeout;
    private final String what;

    /** {@code what}: the resource asked, as a message names it ("The task bucket my-tasks"). */
    ServiceAnswersCheck(String id, String what, Duration timeout) {
        super("iiif-generator", id);
        this.what = what;
        this.timeout = timeout;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        try {
            ask(builder);
            builder.up();
        } catch (SdkException e) {
            builder.message(what + " does not answer: " + e.getMessage()).error(e).down();
        }
    }

    /** Asks the service, within {@link #timeout}; details of the answer go to {@code builder}. */
    protected abstract void ask(HealthCheckResultBuilder builder);
}
