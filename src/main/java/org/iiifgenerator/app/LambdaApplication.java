package org.iiifgenerator.app;

import java.io.IOException;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application inside a Lambda function: started when the runtime creates the handler and kept while Lambda
 * reuses the warm container, so an invocation pays for its own work only. Invocations go to the same routes the
 * other modes use.
 */
final class LambdaApplication implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LambdaApplication.class);

    private final Main main;
    private final ProducerTemplate template;

    LambdaApplication(Map<String, String> overrides) {
        Logging.install();
        main = PipelineRunner.application(overrides);
        try {
            main.start();
            template = main.getCamelTemplate();
        } catch (Exception e) {
            throw new IllegalStateException("The application did not start: " + e.getMessage(), e);
        }
    }

    /** Sends {@code body} to a route and waits for the exchange to complete, failed or not. */
    Exchange send(String endpoint, Object body) {
        return template.send(endpoint, exchange -> exchange.getMessage().setBody(body));
    }

    <T> T bean(String name, Class<T> type) {
        return main.getCamelContext().getRegistry().lookupByNameAndType(name, type);
    }

    /** An invocation that failed, as the exception Lambda reports to the caller as the function's error. */
    static IOException failure(String what, Exception cause) {
        String reason = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getName();
        // With its trace: a failure here is the application's, not the input's, and the function's log is the one
        // place that can tell where it came from.
        LOG.error("{}: {}", what, reason, cause);
        return new IOException(what + ": " + reason, cause);
    }

    @Override
    public void close() {
        try {
            main.stop();
        } catch (Exception e) {
            LOG.warn("Stopping Camel: {}", e.getMessage());
        }
    }
}
