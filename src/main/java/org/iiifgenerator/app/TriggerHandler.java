package org.iiifgenerator.app;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.iiifgenerator.dispatch.BatchSubmitter;
import org.iiifgenerator.intake.S3EventNotifications;
import org.iiifgenerator.intake.TaskFileRef;
import org.iiifgenerator.intake.TaskIntake;

/**
 * The trigger function: S3 ObjectCreated events of the task bucket become AWS Batch jobs. Every record of an event
 * counts (keys URL-decoded); only pending task files ({@code *.json} under the task prefix, not in processed/ or
 * failed/) are read, each checked and submitted by the same route the long-lived container uses with
 * dispatch=batch: a valid task moves to processed/ with its job ids, an invalid one to failed/ with an error
 * document. When AWS Batch is unavailable the invocation fails after the other tasks are handled, so that Lambda
 * retries the event; tasks already moved are then skipped. Lambda handler name:
 * {@code org.iiifgenerator.app.TriggerHandler::handleRequest}.
 */
public final class TriggerHandler implements RequestStreamHandler, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LambdaApplication application;
    private final S3EventNotifications notifications = new S3EventNotifications();

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
        TaskIntake intake = application.bean("taskIntake", TaskIntake.class);
        Answer answer = new Answer(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Exception unavailable = null;
        for (TaskFileRef task : notifications.createdObjects(new String(input.readAllBytes(), StandardCharsets.UTF_8))) {
            if (!intake.isWaiting(task)) {
                answer.ignored().add(task.toString());
                continue;
            }
            Exchange exchange = application.send("direct:trigger", task);
            if (exchange.getException() instanceof BatchSubmitter.DispatchUnavailableException e) {
                unavailable = e;
            } else if (exchange.getException() != null) {
                throw LambdaApplication.failure("Task " + task + " could not be handled", exchange.getException());
            } else if (exchange.getProperty(Exchange.EXCEPTION_CAUGHT) != null) {
                answer.failed().add(task.toString());
            } else {
                answer.submitted().add(task.toString());
            }
        }
        if (unavailable != null) {
            throw LambdaApplication.failure("AWS Batch is unavailable; the event is to be retried", unavailable);
        }
        output.write(JSON.writeValueAsBytes(answer));
    }

    @Override
    public void close() {
        application.close();
    }
}
