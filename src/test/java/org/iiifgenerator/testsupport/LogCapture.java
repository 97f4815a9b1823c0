package org.iiifgenerator.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The warnings and errors the application logs (through java.util.logging) while this is open, as a user reads
 * them: the message, then the message of each cause.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private static final Logger APPLICATION = Logger.getLogger("org.iiifgenerator");

    private final List<String> lines = new CopyOnWriteArrayList<>();

    private LogCapture() {
        setLevel(Level.WARNING);
    }

    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        APPLICATION.addHandler(capture);
        return capture;
    }

    /** Every captured record on one line of its own: level, message, and the causes' messages. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        StringBuilder line = new StringBuilder(record.getLevel() + " " + record.getMessage());
        for (Throwable cause = record.getThrown(); cause != null; cause = cause.getCause()) {
            line.append(" | ").append(cause.getMessage());
        }
        lines.add(line.toString());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        APPLICATION.removeHandler(this);
    }
}
