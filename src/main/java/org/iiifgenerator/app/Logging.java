package org.iiifgenerator.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Sets up java.util.logging before anything logs, Camel included: the bundled logging.properties, unless
 * java.util.logging.config.file names a file of the user's own; then, with {@code LOG_FORMAT=json} (or
 * {@code -Dlog.format=json}, which wins), the console writes {@link JsonLogFormat} lines instead of what the
 * configuration names ({@link ConsoleLogFormat} in the bundled one).
 */
final class Logging {

    static final String VARIABLE = "LOG_FORMAT";
    static final String PROPERTY = "log.format";

    /** How the console's lines are written. */
    enum Format {
        /** As the logging configuration says. */
        TEXT,
        JSON;

        /**
         * The format -Dlog.format or LOG_FORMAT names (in any case), TEXT when neither is set.
         *
         * @throws IllegalArgumentException naming the setting and the formats there are, for any other value
         */
        static Format chosen(Map<String, String> environment, Properties systemProperties) {
            String property = systemProperties.getProperty(PROPERTY);
            String value = property != null ? property : environment.get(VARIABLE);
            if (value == null || value.isBlank()) {
                return TEXT;
            }
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException((property != null ? "-D" + PROPERTY : VARIABLE) + " is '" + value
                        + "', which is not a log format: use text or json");
            }
        }
    }

    /** The application's loggers; held here, as java.util.logging keeps loggers only weakly. */
    private static final Logger APPLICATION = Logger.getLogger("org.iiifgenerator");

    private Logging() {
    }

    /** --verbose: the application's detail (FINE, SLF4J's DEBUG), stack traces of failures included. */
    static void verbose() {
        APPLICATION.setLevel(Level.FINE);
    }

    /** An unknown format is warned about, in the text format, and the run goes on: logging decides no outcome. */
    static void install() {
        if (System.getProperty("java.util.logging.config.file") == null) {
            readBundledConfiguration();
        }
        try {
            if (Format.chosen(System.getenv(), System.getProperties()) == Format.JSON) {
                Arrays.stream(Logger.getLogger("").getHandlers()).filter(ConsoleHandler.class::isInstance)
                        .forEach(console -> console.setFormatter(new JsonLogFormat()));
            }
        } catch (IllegalArgumentException unknown) {
            Logger.getLogger(Logging.class.getName()).warning(unknown.getMessage() + "; logging as text");
        }
    }

    private static void readBundledConfiguration() {
        try (InputStream config = Logging.class.getResourceAsStream("/logging.properties")) {
            LogManager.getLogManager().readConfiguration(config);
        } catch (IOException e) {
            System.err.println("Logging configuration not loaded: " + e.getMessage());
        }
    }
}
