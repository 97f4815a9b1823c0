package org.iiifgenerator.app;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.LogRecord;

/**
 * One line per event: time, level, the logger's simple name, the message; a stack trace only when there is one.
 * Credentials are taken out of every line.
 */
public final class ConsoleLogFormat extends MaskedLogFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    @Override
    public String format(LogRecord record) {
        String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
        StringBuilder line = new StringBuilder(128)
                .append(TIME.format(LocalTime.ofInstant(record.getInstant(), ZoneId.systemDefault()))).append(' ')
                .append(String.format("%-7s", record.getLevel().getName())).append(' ')
                .append(logger.substring(logger.lastIndexOf('.') + 1)).append(' ')
                .append(formatMessage(record)).append(System.lineSeparator());
        if (record.getThrown() != null) {
            line.append(stackTrace(record.getThrown()));
        }
        return masked(line.toString());
    }
}
