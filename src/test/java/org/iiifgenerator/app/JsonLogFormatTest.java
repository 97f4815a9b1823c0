package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each record is one line holding one JSON object, which Jackson reads back as it was logged, credentials masked. */
class JsonLogFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "FAKE-SECRET-9f3b2c7d1e";

    @AfterEach
    void forgetTheSecret() {
        System.clearProperty("aws.secretAccessKey");
    }

    @Test
    void aRecordIsOneLineWithItsTimeInUtcLevelLoggerThreadAndMessage() throws IOException {
        LogRecord record = record(Level.WARNING, "object {0} has no row in the CSV", "ms-1");
        record.setInstant(Instant.parse("2025-03-04T05:06:07.891234Z"));

        String line = new JsonLogFormat().format(record);

        assertThat(line).endsWith(System.lineSeparator()).hasLineCount(1);
        JsonNode event = JSON.readTree(line);
        assertThat(event.path("time").asText()).isEqualTo("2025-03-04T05:06:07.891Z");
        assertThat(event.path("level").asText()).isEqualTo("WARNING");
        assertThat(event.path("logger").asText()).isEqualTo("org.iiifgenerator.report.RunReport");
        assertThat(event.path("thread").asText()).isEqualTo(Thread.currentThread().getName());
        assertThat(event.path("message").asText()).isEqualTo("object ms-1 has no row in the CSV");
        assertThat(event.has("exception")).isFalse();
    }

    @Test
    void newlinesQuotesAndBackslashesInAMessageAreEscapedAndReadBackAsTheyWere() throws IOException {
        String message = "line one\nline \"two\"\twith C:\\path and \u0007";

        String line = new JsonLogFormat().format(record(Level.INFO, message));

        assertThat(line).hasLineCount(1).contains("\\n", "\\\"", "\\\\", "\\u0007");
        assertThat(JSON.readTree(line).path("message").asText()).isEqualTo(message);
    }

    @Test
    void aFailureComesWithItsStackTrace() throws IOException {
        LogRecord record = record(Level.SEVERE, "The run broke off");
        record.setThrown(new IllegalStateException("disk full", new IOException("No space left on device")));

        String line = new JsonLogFormat().format(record);

        assertThat(line).hasLineCount(1);
        assertThat(JSON.readTree(line).path("exception").asText())
                .startsWith("java.lang.IllegalStateException: disk full")
                .contains("\tat org.iiifgenerator.app.JsonLogFormatTest.aFailureComesWithItsStackTrace(")
                .contains("Caused by: java.io.IOException: No space left on device");
    }

    @Test
    void credentialsAreMaskedInTheMessageAndTheStackTrace() throws IOException {
        System.setProperty("aws.secretAccessKey", SECRET);
        LogRecord record = record(Level.FINE, "Signing with " + SECRET + ", x-amz-security-token: \"IQoJb3JpZ2luX2Vj\"");
        record.setThrown(new IllegalArgumentException("refused " + SECRET));

        JsonNode event = JSON.readTree(new JsonLogFormat().format(record));

        assertThat(event.toString()).doesNotContain(SECRET).doesNotContain("IQoJb3JpZ2luX2Vj");
        assertThat(event.path("message").asText()).isEqualTo("Signing with ****, x-amz-security-token: \"****\"");
        assertThat(event.path("exception").asText()).startsWith("java.lang.IllegalArgumentException: refused ****");
    }

    private static LogRecord record(Level level, String message, Object... parameters) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName("org.iiifgenerator.report.RunReport");
        record.setParameters(parameters);
        return record;
    }
}
