package org.iiifgenerator.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads S3 event notifications as SQS delivers them: every ObjectCreated record of a message (the system we
 * replace kept only the last), keys URL-decoded ({@code +} is a space), with the ETag of the version created
 * when the record has one, S3's test events ignored, and messages that came through SNS unwrapped.
 */
public final class S3EventNotifications {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The created objects a message announces; empty for test events and other event types. */
    public List<TaskFileRef> createdObjects(String message) throws IOException {
        JsonNode root = JSON.readTree(message);
        if (root.path("Type").asText().equals("Notification") && root.has("Message")) {
            root = JSON.readTree(root.path("Message").asText());
        }
        List<TaskFileRef> created = new ArrayList<>();
        for (JsonNode record : root.path("Records")) {
            if (record.path("eventName").asText().startsWith("ObjectCreated")) {
                JsonNode s3 = record.path("s3");
                JsonNode object = s3.path("object");
                created.add(new TaskFileRef(s3.path("bucket").path("name").asText(),
                        URLDecoder.decode(object.path("key").asText(), StandardCharsets.UTF_8),
                        object.path("eTag").textValue()));
            }
        }
        return created;
    }
}
