package org.iiifgenerator.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.LogRecord;

/**
 * One JSON object per line, for CloudWatch Logs to search by field: {@code time} (ISO-8601, UTC, milliseconds),
 * {@code level}, {@code logger} (its full name), {@code thread}, {@code message}, and {@code exception} (the
 * stack trace) when there is one. Jackson escapes what would break the line (newlines, quotes, control
 * characters). Credentials are taken out of the message and the stack trace before they are escaped, so that a
 * mask never cuts an escape in two.
 */
public final class JsonLogFormat extends MaskedLogFormat {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX")
            .withZone(ZoneOffset.UTC);

    @Override
    public String format(LogRecord record) {
        ObjectNode event = JSON.createObjectNode()
                .put("time", TIME.format(record.getInstant()))
                .put("level", record.getLevel().getName())
                .put("logger", record.getLoggerName() == null ? "" : record.getLoggerName())
                .put("thread", thread(record))
                .put("message", masked(formatMessage(record)));
        if (record.getThrown() != null) {
            event.put("exception", masked(stackTrace(record.getThrown())));
        }
        try {
            return JSON.writeValueAsString(event) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of strings is always written", e);
        }
    }

    /**
     * The console handler formats on the thread that logged, whose name a record does not keep; elsewhere, or
     * for an unnamed (virtual) thread, the record's thread id.
     */
    private static String thread(LogRecord record) {
        Thread current = Thread.currentThread();
        return current.threadId() == record.getLongThreadID() && !current.getName().isEmpty() ? current.getName()
                : "#" + record.getLongThreadID();
    }
}
