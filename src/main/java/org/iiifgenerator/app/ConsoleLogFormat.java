package org.iiifgenerator.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;

/**
 * One line per event: time, level, the logger's simple name, the message; a stack trace only when there is one.
 * Credentials are taken out of every line ({@link CredentialRedaction}), whatever the level.
 */
public final class ConsoleLogFormat extends Formatter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final CredentialRedaction redaction = CredentialRedaction.of(System.getenv(), System.getProperties());

    /**
     * The bundled logging.properties (this format, levels), unless the user points java.util.logging at a file
     * of their own.
     */
    static void install() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        try (InputStream config = ConsoleLogFormat.class.getResourceAsStream("/logging.properties")) {
            LogManager.getLogManager().readConfiguration(config);
        } catch (IOException e) {
            System.err.println("Logging configuration not loaded: " + e.getMessage());
        }
    }

    @Override
    public String format(LogRecord record) {
        String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
        StringBuilder line = new StringBuilder(128)
                .append(TIME.format(LocalTime.ofInstant(record.getInstant(), ZoneId.systemDefault()))).append(' ')
                .append(String.format("%-7s", record.getLevel().getName())).append(' ')
                .append(logger.substring(logger.lastIndexOf('.') + 1)).append(' ')
                .append(formatMessage(record)).append(System.lineSeparator());
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(trace);
        }
        return redaction.apply(line.toString());
    }
}
