package org.iiifgenerator.app;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.iiifgenerator.dispatch.BatchSubmitter;
import org.iiifgenerator.intake.TaskFileOutcomes;

/**
 * The trigger function: S3 ObjectCreated events of the task bucket become AWS Batch jobs. The event goes to route
 * {@code trigger-event}, which reads it as the container's task queue reads its messages (route
 * {@code created-task-files}): every record counts (keys URL-decoded); only pending task files ({@code *.json}
 * under the task prefix, not in processed/ or failed/) are read, each checked and submitted by the same route the
 * long-lived container uses with dispatch=batch: a valid task moves to processed/ with its job ids, an invalid one
 * to failed/ with an error document. When AWS Batch is unavailable the invocation fails after the other tasks are
 * handled, so that Lambda retries the event; tasks already moved are then skipped. Lambda handler name:
 * {@code org.iiifgenerator.app.TriggerHandler::handleRequest}.
 */
public final class TriggerHandler implements RequestStreamHandler, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LambdaApplication application;

    public TriggerHandler() {
        this(Map.of());
    }

    /** @param overrides configuration over application.properties and the environment */
    public TriggerHandler(Map<String, String> overrides) {
        application = new LambdaApplication(overrides);
    }

    /** What the invocation did with each created object of the event. */
    @JsonPropertyOrder({"submitted", "failed", "ignored"})
    public record Answer(List<String> submitted, List<String> failed, List<String> ignored) {
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Exchange exchange = application.send("direct:trigger-event",
                new String(input.readAllBytes(), StandardCharsets.UTF_8));
        if (!(exchange.getMessage().getBody() instanceof TaskFileOutcomes.Outcomes outcomes)) {
            // The event itself could not be read: as S3EventNotifications says.
            if (exchange.getException() instanceof IOException unreadable) {
                throw unreadable;
            }
            throw LambdaApplication.failure("The event could not be handled", exchange.getException());
        }
        Exception unavailable = null;
        for (Map.Entry<String, Exception> error : outcomes.errors().entrySet()) {
            if (error.getValue() instanceof BatchSubmitter.DispatchUnavailableException e) {
                unavailable = e;
            } else {
                throw LambdaApplication.failure("Task " + error.getKey() + " could not be handled", error.getValue());
            }
        }
        if (unavailable != null) {
            throw LambdaApplication.failure("AWS Batch is unavailable; the event is to be retried", unavailable);
        }
        output.write(JSON.writeValueAsBytes(new Answer(outcomes.handled(), outcomes.failed(), outcomes.ignored())));
    }

    @Override
    public void close() {
        application.close();
    }
}
