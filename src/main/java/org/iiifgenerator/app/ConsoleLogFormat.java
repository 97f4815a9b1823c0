package org.iiifgenerator.app;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.LogRecord;

/**
 * One line per event: time, level, the logger's simple name, the message; a stack trace only when there is one.
 * Credentials are taken out of every line.
 *
 * <p>Messages carry text the user gave (file names, CSV cells, task fields). A file name with a line break would
 * otherwise start a line of its own that reads like an event of the run, so line breaks and other control
 * characters in the message are written as escapes: a backslash and n, r, t, or u and four hex digits.
 * A stack trace keeps its lines: they are the format's own.
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
                .append(oneLine(formatMessage(record))).append(System.lineSeparator());
        if (record.getThrown() != null) {
            line.append(stackTrace(record.getThrown()));
        }
        return masked(line.toString());
    }

    /** The text with every character that could end or disturb a line of a terminal or a log file escaped. */
    static String oneLine(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                escaped.append(escape != null ? escape : String.valueOf(c));
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            // C0 and C1 controls (NEL among them) and the Unicode line and paragraph separators
            default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    ? String.format("\\u%04x", (int) c) : null;
        };
    }
}
