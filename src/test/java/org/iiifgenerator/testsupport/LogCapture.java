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

    private final Logger logger;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final List<String> traced = new CopyOnWriteArrayList<>();

    private final Level levelBefore;

    private LogCapture(Logger logger, Level level) {
        this.logger = logger;
        this.levelBefore = logger.getLevel();
        setLevel(level);
        if (level.intValue() < Level.WARNING.intValue()) {
            logger.setLevel(level); // tests log warnings only (logging-test.properties)
        }
        logger.addHandler(this);
    }

    private LogCapture(Logger logger) {
        this(logger, Level.WARNING);
    }

    public static LogCapture start() {
        return new LogCapture(APPLICATION);
    }

    /** What {@code source} logs from INFO up, as a console shows it outside tests: notes as well as warnings. */
    public static LogCapture withNotes(Class<?> source) {
        return new LogCapture(Logger.getLogger(source.getName()), Level.INFO);
    }

    /** What Camel and the libraries log as well: every warning and error a console shows. */
    public static LogCapture everything() {
        return new LogCapture(Logger.getLogger(""));
    }

    /** The captured lines whose record carries an exception: the console prints its stack trace under them. */
    public List<String> withStackTrace() {
        return List.copyOf(traced);
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
        if (record.getThrown() != null) {
            traced.add(line.toString());
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(levelBefore);
    }
}
