package org.iiifgenerator.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.LogManager;

/**
 * Sets up java.util.logging before anything logs, Camel included: the bundled logging.properties, unless
 * java.util.logging.config.file names a file of the user's own.
 */
final class Logging {

    private Logging() {
    }

    static void install() {
        if (System.getProperty("java.util.logging.config.file") == null) {
            readBundledConfiguration();
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
