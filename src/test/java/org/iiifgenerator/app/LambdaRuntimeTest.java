package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.iiifgenerator.testsupport.ChildProcess;
import org.iiifgenerator.testsupport.FakeLambdaRuntime;
import org.junit.jupiter.api.Test;

/**
 * The handlers as Lambda runs them in the container image: {@code iiif-generator lambda <handler>} starts the AWS
 * Lambda runtime interface client, which loads the handler by name from the application's class path and loops
 * over events from the Runtime API.
 */
class LambdaRuntimeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theTriggerHandlerAnswersEventsInTheRuntimeLoop() throws Exception {
        try (FakeLambdaRuntime runtime = new FakeLambdaRuntime()) {
            ChildProcess function = ChildProcess.start(environment(runtime), "lambda", LambdaCommand.TRIGGER);
            try {
                FakeLambdaRuntime.Answer first = runtime.invoke("""
                        {"Records":[{"eventSource":"aws:s3","eventName":"ObjectCreated:Put",
                          "s3":{"bucket":{"name":"tasks"},"object":{"key":"notes.txt","size":3}}}]}""");
                FakeLambdaRuntime.Answer second = runtime.invoke("{\"Records\":[]}");

                assertThat(first.error()).as(first.body()).isFalse();
                assertThat(JSON.readTree(first.body()).path("ignored").toString()).isEqualTo("[\"s3://tasks/notes.txt\"]");
                assertThat(JSON.readTree(second.body()).path("submitted")).as("the same warm container").isEmpty();
            } finally {
                function.stop();
            }
        }
    }

    @Test
    void aWorkerThatCannotDoItsWorkReportsAFunctionError() throws Exception {
        try (FakeLambdaRuntime runtime = new FakeLambdaRuntime()) {
            ChildProcess function = ChildProcess.start(environment(runtime), "lambda", LambdaCommand.WORKER);
            try {
                FakeLambdaRuntime.Answer answer = runtime.invoke("{\"task\":{}}");

                assertThat(answer.error()).isTrue();
                assertThat(JSON.readTree(answer.body()).path("errorMessage").asText())
                        .contains("names the object to tile");
            } finally {
                function.stop();
            }
        }
    }

    private static Map<String, String> environment(FakeLambdaRuntime runtime) {
        return Map.of("AWS_LAMBDA_RUNTIME_API", runtime.address(), "AWS_REGION", "us-east-1");
    }
}
