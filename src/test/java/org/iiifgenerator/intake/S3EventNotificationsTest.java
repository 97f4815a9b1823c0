package org.iiifgenerator.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class S3EventNotificationsTest {

    private final S3EventNotifications events = new S3EventNotifications();

    @Test
    void everyCreatedObjectOfAMessageWithItsKeyDecodedAndItsETag() throws IOException {
        String message = """
                {"Records":[
                  {"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"us-east-1","eventName":"ObjectCreated:Put",
                   "s3":{"bucket":{"name":"tasks"},"object":{"key":"box+2/Pi%C3%A8ce+jointe%2B1.json","size":12,
                             "eTag":"0123456789abcdef0123456789abcdef","sequencer":"0A1B2C3D4E5F678901"}}},
                  {"eventName":"ObjectRemoved:Delete","s3":{"bucket":{"name":"tasks"},"object":{"key":"gone.json"}}},
                  {"eventName":"ObjectCreated:CompleteMultipartUpload",
                   "s3":{"bucket":{"name":"tasks"},"object":{"key":"a%20b.json"}}}]}""";

        assertThat(events.createdObjects(message)).containsExactly(
                new TaskFileRef("tasks", "box 2/Pièce jointe+1.json", "0123456789abcdef0123456789abcdef"),
                new TaskFileRef("tasks", "a b.json"));
    }

    @Test
    void testEventsAnnounceNothing() throws IOException {
        String message = """
                {"Service":"Amazon S3","Event":"s3:TestEvent","Time":"2026-11-21T08:00:00.000Z","Bucket":"tasks"}""";

        assertThat(events.createdObjects(message)).isEmpty();
    }

    @Test
    void notificationsDeliveredThroughSnsAreUnwrapped() throws IOException {
        String message = """
                {"Type":"Notification","MessageId":"1","TopicArn":"arn:aws:sns:us-east-1:1:t",
                 "Message":"{\\"Records\\":[{\\"eventName\\":\\"ObjectCreated:Put\\",\\"s3\\":{\\"bucket\\":{\\"name\\":\\"tasks\\"},\\"object\\":{\\"key\\":\\"t.json\\"}}}]}"}""";

        assertThat(events.createdObjects(message)).containsExactly(new TaskFileRef("tasks", "t.json"));
    }
}
