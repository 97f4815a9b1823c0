package org.iiifgenerator.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.apache.camel.Variable;
import org.iiifgenerator.pipeline.ShareRecord;
import org.iiifgenerator.task.TaskSpec;

/**
 * The fan-out side of a worker invocation: the request for one object, and the worker's answer read back as the
 * record of what it published. A function error (the worker threw, ran out of time or memory) arrives as an
 * answer too, flagged by Lambda; it is turned into a failure here so that it is tried again and then recorded.
 */
public final class WorkerInvocations {

    /** Set by camel-aws2-lambda from Lambda's X-Amz-Function-Error: Handled or Unhandled. */
    static final String FUNCTION_ERROR = "CamelAwsLambdaFunctionError";

    private static final ObjectMapper JSON = new ObjectMapper();

    public String request(@Body String objectId, @Variable("task") TaskSpec task) throws IOException {
        return new WorkerRequest(task.environment(), objectId).toJson();
    }

    public ShareRecord answer(@Body String payload, @Header(FUNCTION_ERROR) String functionError,
                              @Variable("objectId") String objectId) throws IOException {
        if (functionError != null && !functionError.isBlank()) {
            throw new WorkerFailedException("The worker for object '" + objectId + "' failed (" + functionError
                    + "): " + errorMessage(payload));
        }
        return ShareRecord.fromJson(payload.getBytes(StandardCharsets.UTF_8));
    }

    /** Lambda's error document: {"errorMessage": ..., "errorType": ...}; the raw answer when it is something else. */
    private static String errorMessage(String payload) {
        try {
            JsonNode error = JSON.readTree(payload);
            return error.path("errorType").asText("error") + ": " + error.path("errorMessage").asText(payload);
        } catch (IOException notJson) {
            return payload;
        }
    }

    /** The worker function answered with an error instead of a record. */
    public static final class WorkerFailedException extends IOException {

        WorkerFailedException(String message) {
            super(message);
        }
    }
}
