package org.iiifgenerator.app;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.camel.Exchange;
import org.iiifgenerator.pipeline.ShareRecord;

/**
 * The worker function of {@code dispatch=lambda}: tiles one object of a task and publishes its manifest, with the
 * same routes as every other mode, and answers with the record of what it published. Invoked with a
 * {@link org.iiifgenerator.dispatch.WorkerRequest} by the fan-out route, which merges the answers. Lambda handler
 * name: {@code org.iiifgenerator.app.WorkerHandler::handleRequest}.
 */
public final class WorkerHandler implements RequestStreamHandler, AutoCloseable {

    private final LambdaApplication application;

    public WorkerHandler() {
        this(Map.of());
    }

    /** @param overrides configuration over application.properties and the environment */
    public WorkerHandler(Map<String, String> overrides) {
        application = new LambdaApplication(overrides);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String request = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        Exchange exchange = application.send("direct:worker", request);
        if (exchange.getException() != null) {
            throw LambdaApplication.failure("The worker could not publish its object", exchange.getException());
        }
        output.write(exchange.getMessage().getBody(ShareRecord.class).toJson());
    }

    @Override
    public void close() {
        application.close();
    }
}
