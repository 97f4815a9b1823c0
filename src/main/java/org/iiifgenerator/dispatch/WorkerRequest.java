package org.iiifgenerator.dispatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What the worker function is invoked with: the task, as the environment names of a task file, and the one
 * object of its collection to tile and publish.
 */
public record WorkerRequest(Map<String, String> task, String object) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public WorkerRequest {
        task = Map.copyOf(task);
    }

    public String toJson() throws IOException {
        return JSON.writeValueAsString(this);
    }

    public static WorkerRequest fromJson(String json) throws IOException {
        WorkerRequest request = JSON.readValue(json.getBytes(StandardCharsets.UTF_8), WorkerRequest.class);
        if (request.object() == null || request.object().isBlank()) {
            throw new IOException("A worker request names the object to tile in \"object\"; this one does not");
        }
        return request;
    }
}
